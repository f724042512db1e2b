import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MemoryStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { startApi, type ApiHarness } from '../support/api.js';
import { paper, withResults } from '../support/papers.js';
import { browserSkipReason, launchBrowser, offlinePage, SCREENSHOTS } from '../support/browser.js';
import type { LabelBox } from '../../src/api/viewer/client/label-box.js';
import { matchNames } from '../../src/model/index.js';

const MONKEYS_TITLE = 'Large Language Monkeys: Scaling Inference Compute with Repeated Sampling';
const LATEX_PAPER = 'test:vg2gt';
const HREF_PAPER = 'test:href';

interface ViewerHandle {
  graph: {
    order: number;
    nodes(): string[];
    hasNode(id: string): boolean;
    getNodeAttribute(id: string, name: string): unknown;
    filterEdges(where: (edge: string, attributes: Record<string, unknown>) => boolean): string[];
    extremities(edge: string): [string, string];
  };
  ready: Promise<void>;
  isHidden(id: string): boolean;
  nodePosition(id: string): { x: number; y: number } | undefined;
  stopLayout(): void;
  settleLayout(iterations: number): void;
  labelBoxes(): LabelBox[];
}
declare global {
  interface Window {
    papergraphViewer: ViewerHandle;
  }
}

/**
 * Before a screenshot: a settled layout without waiting out the page's own 2.5 s run (which the
 * screenshots used to wait for), from each node's seeded start, a fixed number of iterations.
 */
const settle = (page: Page) => page.evaluate(() => window.papergraphViewer.settleLayout(1000));

describe.skipIf(browserSkipReason !== undefined)(`in a real browser${browserSkipReason ? ` (skipped: ${browserSkipReason})` : ''}`, () => {
  let api: ApiHarness;
  let browser: Browser;
  let base: string;
  let store: MemoryStore;

  beforeAll(async () => {
    store = await MemoryStore.open();
    // The sample page, a paper titled in LaTeX, and 32 papers on ScanNet: a dense star of long labels.
    await ingestFiles(store, [
      'data/hf-daily-papers-sample.txt',
      'test/fixtures/latex-title-paper.jsonl',
      'test/fixtures/scannet-star-papers.jsonl',
      'test/fixtures/href-abstract-paper.jsonl',
    ]);
    // A benchmark with one paper and one result, which names nothing else: a view of two nodes.
    // And a method whose name starts with "attention", whatever the extractor finds in the sample.
    await store.writePapers([
      withResults(
        paper('test:solo', 'A Paper on Its Own', [{ type: 'benchmark', name: 'SoloBench' }], { abstract: 'We reach 42% on SoloBench.' }),
        [{ benchmark: 'SoloBench', value: 42, unit: '%' }],
      ),
      // A benchmark whose results come in two units and with and without a metric: grouped, each group
      // under a heading, only the one with a metric of known direction ranked.
      withResults(
        paper(
          'test:mix',
          'Chat Models Compared',
          [
            { type: 'benchmark', name: 'MixBench' },
            { type: 'metric', name: 'exact match' },
          ],
          { abstract: 'On MixBench we reach 65% wins, a score of 8.1, 7.9 for the baseline, and an exact match of 0.52 against 0.61.' },
        ),
        [
          { benchmark: 'MixBench', value: 65, unit: '%' },
          { benchmark: 'MixBench', value: 8.1 },
          { benchmark: 'MixBench', value: 7.9 },
          { benchmark: 'MixBench', value: 0.52, metric: 'exact match' },
          { benchmark: 'MixBench', value: 0.61, metric: 'exact match' },
        ],
      ),
      ...[1, 2, 3, 4, 5].map((n) =>
        paper(`test:sinks-${n}`, `Where Attention Goes, Part ${n}`, [{ type: 'method', name: 'attention sinks' }]),
      ),
    ]);
    api = await startApi(store);
    base = api.server.url.replace(/\/graphql$/, '');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.server.stop();
  });

  it('serves a GraphiQL IDE that works offline and runs a typed query', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/graphql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ benchmark(name: "swe bench lite") { name papers { edges { node { title } } } } }');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect
      .poll(async () => (await response.innerText()).replace(/\s+/g, ' '), { timeout: 20_000 })
      .toContain('Large Language Monkeys: Scaling Inference Compute');
    await expect.poll(async () => (await response.innerText()).replace(/\s+/g, ' ')).toContain('"name": "SWE-bench Lite"');
    await page.screenshot({ path: `${SCREENSHOTS}/graphiql.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows each argument's whole value in the IDE's query builder", async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
    const value = page.locator('.graphiql-plugin input').nth(1);
    await expect.poll(() => value.inputValue(), { timeout: 20_000 }).toBe('gsm8k');
    const { scrollWidth, clientWidth } = await value.evaluate((input) => ({
      scrollWidth: input.scrollWidth,
      clientWidth: input.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: `${SCREENSHOTS}/graphiql-explorer.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the neighbourhood of a benchmark and expands a node on click', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=SWE-bench%20Lite`);
    await page.evaluate(() => window.papergraphViewer.ready);
    const nodes = await page.evaluate(() => window.papergraphViewer.graph.nodes());
    expect(nodes).toContain('benchmark:swebenchlite');
    expect(nodes).toContain('model:gpt4o');
    expect(nodes).toContain('benchmark:gsm8k');
    const labels = await page.evaluate(() =>
      window.papergraphViewer.graph
        .nodes()
        .map((n) => [
          window.papergraphViewer.graph.getNodeAttribute(n, 'label'),
          window.papergraphViewer.graph.getNodeAttribute(n, 'fullLabel'),
        ]),
    );
    // Paper nodes are labelled with a short title; the whole title stays for hover and the panel.
    expect(labels).toContainEqual(['Large Language Monkeys', MONKEYS_TITLE]);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-swe-bench-lite.png` });

    // Click GSM8K: its other papers join the graph and its details open.
    const before = nodes.length;
    await page.evaluate(() => window.papergraphViewer.stopLayout());
    await page.waitForTimeout(300);
    const at = await page.evaluate(() => window.papergraphViewer.nodePosition('benchmark:gsm8k'));
    expect(at).toBeDefined();
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => page.evaluate(() => window.papergraphViewer.graph.order), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-expanded-gsm8k.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('on a server that needs its API key for reads, asks for the key once and keeps it for the tab', async () => {
    const KEY = 'k'.repeat(32);
    const guarded = await startApi(store, { auth: { apiKey: KEY, requireKeyForReads: true } });
    try {
      const guardedBase = guarded.server.url.replace(/\/graphql$/, '');
      const { page, problems } = await offlinePage(browser);
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.accept(asked.length === 1 ? 'wrong key' : KEY);
      });
      await page.goto(`${guardedBase}/explore?type=benchmark&name=GSM8K&depth=1`);
      await page.evaluate(() => window.papergraphViewer.ready);
      await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
      // A wrong key is asked for again; the right one is kept for the next views of this tab.
      expect(asked).toEqual([expect.stringContaining('API key'), expect.stringContaining('API key')]);
      await page.goto(`${guardedBase}/explore?type=benchmark&name=SWE-bench%20Lite&depth=1`);
      await page.evaluate(() => window.papergraphViewer.ready);
      await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
      expect(asked).toHaveLength(2);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await guarded.server.stop();
    }
  });

  it("shows a benchmark's leaderboard, each row opening its paper with the sentence highlighted", async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=SWE-bench%20Lite`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
    const rows = page.locator('#details .leaderboard tbody tr');
    await rows.first().waitFor({ timeout: 15_000 });
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    // No sentence names the metric, so nothing says which is better: listed highest first, not ranked.
    expect(cells).toEqual([
      ['no metric named, values in % · not ranked'],
      ['—', 'DeepSeek-V2-Coder-Instruct (with 250 samples)', '56%', MONKEYS_TITLE],
      ['—', '—', '43%', MONKEYS_TITLE],
      ['—', 'DeepSeek-V2-Coder-Instruct (with one sample)', '15.9%', MONKEYS_TITLE],
    ]);
    // None of these sentences names its metric, so the table has no metric column.
    expect(await page.locator('#details .leaderboard th').allInnerTexts()).toEqual(['#', 'subject', 'value', 'paper']);
    // Readable in the narrow panel: headings on one line (not "subjec|t"), the table inside the panel,
    // numbers right-aligned, a long title in two lines at most (the whole of it in the tooltip).
    const layout = await page.locator('#details .leaderboard table').evaluate((table) => {
      const lines = (el: Element) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      const textLines = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getClientRects().length;
      };
      return {
        headingLines: [...table.querySelectorAll('th')].map(textLines),
        overflow: table.getBoundingClientRect().right - table.closest('#details')!.getBoundingClientRect().right,
        valueAlign: [...new Set([...table.querySelectorAll('td.value')].map((td) => getComputedStyle(td).textAlign))],
        titleLines: [...table.querySelectorAll('td.paper a')].map(lines),
        titleTip: table.querySelector('td.paper a')!.getAttribute('title'),
      };
    });
    expect(layout.headingLines).toEqual([1, 1, 1, 1]);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.valueAlign).toEqual(['right']);
    expect(layout.titleLines).toEqual([2, 2, 2]);
    expect(layout.titleTip!.startsWith(`${MONKEYS_TITLE}: `)).toBe(true);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-leaderboard.png` });

    await rows.locator('a[data-paper]').first().click();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(MONKEYS_TITLE);
    const highlighted = (await page.locator('#details .result-sentence').allInnerTexts()).join('');
    expect(highlighted).toContain('increases from 15.9% with one sample to 56% with 250 samples');
    expect(highlighted.startsWith('When we apply repeated sampling to SWE-bench Lite')).toBe(true);
    // Entity marks keep their colour inside the highlighted sentence.
    expect(await page.locator('#details mark .result-sentence').allInnerTexts()).toContain('SWE-bench Lite');
    await page.screenshot({ path: `${SCREENSHOTS}/explore-leaderboard-paper.png` });
    // The highlight is part of the view: the URL carries it, and opening that URL again shows it again.
    const url = page.url();
    expect(new URL(url).searchParams.get('focus')).toMatch(/^\d+-\d+$/);
    await page.goto(url);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(MONKEYS_TITLE);
    expect((await page.locator('#details .result-sentence').allInnerTexts()).join('')).toBe(highlighted);
    // Opening another node drops the highlight from the URL.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(null);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds entities and papers from the search box and highlights evidence in abstracts', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore`);
    await page.locator('#search').fill('swe');
    const hit = page.locator('#results li', { hasText: 'SWE-bench Lite' });
    await hit.waitFor({ timeout: 15_000 });
    await page.locator('#search').fill('monkeys');
    // The keyboard picks a result as a click does.
    await expect.poll(() => page.locator('#results li').first().getAttribute('data-name'), { timeout: 15_000 }).toBe(MONKEYS_TITLE);
    await page.locator('#search').press('ArrowDown');
    expect(await page.locator('#results li[aria-selected="true"]').getAttribute('data-name')).toBe(MONKEYS_TITLE);
    await page.locator('#search').press('Enter');
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(MONKEYS_TITLE);
    // The panel counts what the canvas draws: the entities, and the topics by name.
    expect(await page.locator('#details p.meta').first().innerText()).toMatch(/^paper · \d+ entities · topics?: \S/);
    const marks = await page.locator('#details mark').allInnerTexts();
    expect(marks).toContain('SWE-bench Lite');
    expect(marks).toContain('GSM8K');
    // The results the paper reports are listed under its abstract, as a leaderboard reads them.
    const results = await page.locator('#details ul.results li').allInnerTexts();
    expect(results).toContain('SWE-bench Lite: 56% (DeepSeek-V2-Coder-Instruct, with 250 samples)');
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-paper-details.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches names by the words typed at word starts: the name typed, then whole words, then word prefixes, most papers first', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore`);
    await page.locator('#search').fill('attention');
    await page.locator('#results li', { hasText: 'self-attention' }).waitFor({ timeout: 15_000 });
    const hits = await page
      .locator('#results li[data-type="method"]')
      .evaluateAll((items) => items.map((li) => [li.getAttribute('data-name')!, li.querySelector('small')!.textContent!] as const));
    const ranked = hits.map(([name, detail]) => ({
      name,
      quality: matchNames([name], ['attention']),
      papers: Number(/(\d+) papers?/.exec(detail)![1]),
    }));
    expect(ranked.filter((h) => h.quality === undefined)).toEqual([]);
    // By match quality, then most papers: names holding "attention" as a word (self-attention, attention
    // sinks with 5 papers) before names that only start with it, and before the many seen in one paper.
    const order = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => a.quality! - b.quality! || b.papers - a.papers;
    expect(ranked).toEqual([...ranked].sort(order));
    expect(ranked[0]!.papers).toBeGreaterThan(1);
    const names = ranked.map((h) => h.name);
    expect(names.indexOf('attention sinks')).toBeLessThan(names.indexOf('attention computation'));
    expect(names.indexOf('self-attention')).toBeLessThan(names.indexOf('attention computation'));
    await page.screenshot({ path: `${SCREENSHOTS}/explore-search-attention.png` });
    // The list stays short; a line says how many names it leaves out and shows them all.
    expect(await page.locator('#results li[data-id]:not([data-type="paper"])').count()).toBe(12);
    expect(await page.locator('#results li[data-type="method"]', { hasText: 'ring attention' }).count()).toBe(0);
    await page.locator('#results li.more').click();
    await page.locator('#results li[data-type="method"]', { hasText: 'ring attention' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#results li.more').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-search-attention-all.png` });
    await page.locator('#search').fill('linear attention');
    await expect.poll(() => page.locator('#results li').first().getAttribute('data-name'), { timeout: 15_000 }).toBe('linear attention');
    const both = await page
      .locator('#results li[data-type="method"]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-name')));
    expect(both[0]).toBe('linear attention');
    expect(both).toContain('gated linear attention');
    // The exact name leads the whole list, ahead of a topic with many more papers whose signals include it.
    expect(await page.locator('#results li').first().getAttribute('data-name')).toBe('linear attention');
    expect(both.filter((name) => !name!.includes('linear attention'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('always labels the entity the view is about, whatever the label grid picks around it', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=GSM8K&depth=1&expand=model%3Agpt4o&select=model%3Agpt4o`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await page.evaluate(() => window.papergraphViewer.settleLayout(1000));
    const labelled = await page.evaluate(() => window.papergraphViewer.labelBoxes().map((b) => b.node));
    expect(labelled).toContain('benchmark:gsm8k');
    expect(labelled).toContain('model:gpt4o');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a view of two nodes away from the corners of the canvas', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=SoloBench&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    expect(await page.evaluate(() => window.papergraphViewer.graph.nodes().sort())).toEqual(['benchmark:solobench', 'test:solo']);
    await page.evaluate(() => window.papergraphViewer.settleLayout(1000));
    const canvas = (await page.locator('#graph').boundingBox())!;
    const margin = 0.2 * Math.min(canvas.width, canvas.height);
    for (const id of ['benchmark:solobench', 'test:solo']) {
      const at = (await page.evaluate((node) => window.papergraphViewer.nodePosition(node), id))!;
      expect(at.x - canvas.x, id).toBeGreaterThan(margin);
      expect(canvas.x + canvas.width - at.x, id).toBeGreaterThan(margin);
      expect(at.y - canvas.y, id).toBeGreaterThan(margin);
      expect(canvas.y + canvas.height - at.y, id).toBeGreaterThan(margin);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/explore-two-nodes.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says when it draws another depth than the address asks, counts one result as one, and says when a search finds nothing', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=SoloBench&depth=9`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 15_000 })
      .toBe('depth "9" is not 1, 2 or 3: showing depth 2 · 2 nodes, 1 edge');
    await expect.poll(() => page.locator('#details .leaderboard h3').innerText(), { timeout: 15_000 }).toBe('Leaderboard 1 result');
    await page.locator('#search').fill('qqzzxx');
    await expect.poll(() => page.locator('#results li').allInnerTexts(), { timeout: 15_000 }).toEqual(['no matches for “qqzzxx”']);
    // Enter with no match opens nothing; the next view opened drops the depth notice.
    await page.locator('#search').press('Enter');
    await page.locator('#search').fill('GSM8K');
    await page.locator('#results li[data-id]').first().waitFor({ timeout: 15_000 });
    await page.locator('#search').press('Enter');
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 15_000 }).toMatch(/^\d+ nodes, \d+ edges/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a leaderboard of several groups under a heading each, ranking only the metric of known direction', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=MixBench&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    const rows = page.locator('#details .leaderboard tbody tr');
    await rows.first().waitFor({ timeout: 15_000 });
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()).slice(0, 3)),
    );
    expect(cells).toEqual([
      ['exact match'],
      ['1', '—', '0.61'],
      ['2', '—', '0.52'],
      ['no metric named · not ranked'],
      ['—', '—', '8.1'],
      ['—', '—', '7.9'],
      ['no metric named, values in % · not ranked'],
      ['—', '—', '65%'],
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names the kinds there are when the address asks for one that is not', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=widget&name=GSM8K`);
    await expect
      .poll(() => page.locator('#problem').innerText(), { timeout: 15_000 })
      .toBe('✗ no kind "widget" in the address; kinds: method, benchmark (or dataset), model, task, metric, repo, topic');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('starts with the entities with most papers to open, and says a typo in the address where one looks, its suggestions links', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore`);
    const top = await store.listEntities({ type: 'benchmark', orderBy: 'PAPER_COUNT', first: 4, offset: 0 });
    const examples = page.locator('#details .examples', { hasText: 'Benchmarks with most papers' }).locator('a');
    await expect.poll(() => examples.allInnerTexts(), { timeout: 15_000 }).toEqual(top.items.map((e) => e.name));
    expect(await page.locator('#details .examples').count()).toBe(3);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-start.png` });
    await examples.first().click();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(top.items[0]!.name);
    await page.evaluate(() => window.papergraphViewer.ready);

    await page.goto(`${base}/explore?type=benchmark&name=GSM8&depth=1`);
    const problem = page.locator('#problem');
    await expect.poll(() => problem.innerText(), { timeout: 15_000 }).toBe('✗ no benchmark named "GSM8".\n\nDid you mean GSM8K?');
    const box = (await problem.boundingBox())!;
    const canvas = (await page.locator('#graph').boundingBox())!;
    // Over the middle of the canvas, not in a corner.
    expect(box.x).toBeGreaterThan(canvas.x + canvas.width * 0.1);
    expect(box.y).toBeGreaterThan(canvas.y + canvas.height * 0.1);
    await expect.poll(() => page.locator('#details .examples').count(), { timeout: 15_000 }).toBe(3);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-typo.png` });
    await problem.locator('a', { hasText: 'GSM8K' }).click();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
    expect(await problem.isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('?type=benchmark&name=GSM8K&depth=1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the view in the URL; browse lists open entities and Back and Forward return', async () => {
    const { page, problems } = await offlinePage(browser);
    // SWE-bench Lite's lists are short enough to show every entry (GSM8K's pass the lists' cap of eight).
    await page.goto(`${base}/explore?type=benchmark&name=SWE-bench%20Lite&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
    expect(await page.locator('#depth').inputValue()).toBe('1');
    const methods = page.locator('.browse-list', { hasText: 'Methods evaluated on it' });
    await methods.waitFor({ timeout: 15_000 });
    expect(await methods.locator('a').allInnerTexts()).toContain('repeated sampling');
    expect(await page.locator('.browse-list', { hasText: 'Models evaluated on it' }).locator('a').allInnerTexts()).toContain('GPT-4o');
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-browse-swe-bench-lite.png` });

    await methods.locator('a', { hasText: 'repeated sampling' }).click();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('repeated sampling');
    expect(new URL(page.url()).search).toBe('?type=method&name=repeated+sampling&depth=1');
    await page.evaluate(() => window.papergraphViewer.ready);
    expect(await page.evaluate(() => window.papergraphViewer.graph.hasNode('method:repeatedsampling'))).toBe(true);
    const overTime = page.locator('.over-time');
    await overTime.waitFor({ timeout: 15_000 });
    expect(await overTime.locator('a').allInnerTexts()).toContain(MONKEYS_TITLE);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-browse-method.png` });

    await page.goBack();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
    expect(new URL(page.url()).search).toBe('?type=benchmark&name=SWE-bench+Lite&depth=1');
    await page.evaluate(() => window.papergraphViewer.ready);
    expect(await page.evaluate(() => window.papergraphViewer.graph.hasNode('benchmark:swebenchlite'))).toBe(true);
    await page.goForward();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('repeated sampling');

    await page.locator('#depth').selectOption('2');
    await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe('2');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists a task's benchmarks and hides a kind of node on request", async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=task&name=code%20synthesis`);
    await page.evaluate(() => window.papergraphViewer.ready);
    const benchmarks = page.locator('.browse-list', { hasText: 'Benchmarks for this task' });
    await benchmarks.waitFor({ timeout: 15_000 });
    expect(await benchmarks.locator('a').allInnerTexts()).toEqual(['HumanEval']);

    await page.goto(`${base}/explore?type=topic&name=${encodeURIComponent('Efficient attention & sequence models')}`);
    await page.evaluate(() => window.papergraphViewer.ready);
    const paper = await page.evaluate(() =>
      window.papergraphViewer.graph.nodes().find((n) => window.papergraphViewer.graph.getNodeAttribute(n, 'kind') === 'paper'),
    );
    expect(paper).toBeDefined();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-topic.png` });
    expect(await page.evaluate((id) => window.papergraphViewer.isHidden(id), paper!)).toBe(false);
    const papers = await page.evaluate(
      () =>
        window.papergraphViewer.graph.nodes().filter((n) => window.papergraphViewer.graph.getNodeAttribute(n, 'kind') === 'paper').length,
    );
    expect(await page.locator('#legend').innerText()).not.toContain('hidden');
    const headerHeight = () => page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height);
    const before = await headerHeight();
    await page.locator('#legend input[data-kind="paper"]').uncheck();
    expect(await page.evaluate((id) => window.papergraphViewer.isHidden(id), paper!)).toBe(true);
    // In a wide window the legend stays on one line with its "N hidden": the header, and the canvas under it, do not move.
    expect(await headerHeight()).toBe(before);
    // The legend and the status line say how many nodes the unticked kind hides.
    expect(await page.locator('#legend label', { hasText: 'paper' }).innerText()).toBe(`paper ${papers} hidden`);
    expect(await page.locator('#status').innerText()).toContain(`, ${papers} hidden`);
    // The counts are of what is drawn: the nodes left, and the edges between them.
    const order = await page.evaluate(() => window.papergraphViewer.graph.order);
    expect(await page.locator('#status').innerText()).toMatch(new RegExp(`^${order - papers} nodes, \\d+ edges? shown, ${papers} hidden`));
    // The entities the hidden papers mention together stay linked, through them, and never through a visible node.
    const bridges = () =>
      page.evaluate(() => {
        const viewer = window.papergraphViewer;
        return viewer.graph.filterEdges((_, a) => a['bridge'] === true).map((e) => viewer.graph.extremities(e).map(viewer.isHidden));
      });
    const linked = await bridges();
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.flat()).not.toContain(true);
    expect(await page.locator('#status').innerText()).toContain(`${linked.length} links through them`);
    await page.locator('#legend input[data-kind="model"]').uncheck();
    const models = await page.evaluate(
      () =>
        window.papergraphViewer.graph.nodes().filter((n) => window.papergraphViewer.graph.getNodeAttribute(n, 'kind') === 'model').length,
    );
    expect(await page.locator('#legend label', { hasText: 'model' }).innerText()).toBe(`model ${models} hidden`);
    expect(await page.locator('#status').innerText()).toContain(`, ${papers + models} hidden`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-topic-without-papers.png` });
    await page.locator('#legend input[data-kind="paper"]').check();
    await page.locator('#legend input[data-kind="model"]').check();
    expect(await bridges()).toEqual([]);
    expect(await page.locator('#legend').innerText()).not.toContain('hidden');
    expect(await page.locator('#status').innerText()).not.toContain('hidden');
    expect(problems).toEqual([]);
    await page.close();
  });
  it('puts the node clicked on the canvas in the URL: Back, Forward and a copied link restore it', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?type=benchmark&name=SWE-bench%20Lite`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
    const first = (await page.evaluate(() => window.papergraphViewer.graph.nodes())).sort();
    await page.evaluate(() => window.papergraphViewer.stopLayout());
    await page.waitForTimeout(300);
    const at = await page.evaluate(() => window.papergraphViewer.nodePosition('benchmark:gsm8k'));
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
    await page.evaluate(() => window.papergraphViewer.ready);
    const url = new URL(page.url());
    expect([url.searchParams.getAll('expand'), url.searchParams.get('select')]).toEqual([['benchmark:gsm8k'], 'benchmark:gsm8k']);
    const expanded = (await page.evaluate(() => window.papergraphViewer.graph.nodes())).sort();
    expect(expanded.length).toBeGreaterThan(first.length);

    // A paper of GSM8K's list that is already on the canvas: selecting it is a step of the history too.
    const listed = page.locator('#details ol a[data-paper]').first();
    const paperId = (await listed.getAttribute('data-paper'))!;
    expect(expanded).toContain(paperId);
    await listed.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('select'), { timeout: 15_000 }).toBe(paperId);
    await page.evaluate(() => window.papergraphViewer.ready);
    const paperTitle = await page.locator('#details h2').innerText();

    await page.goBack();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
    await page.goBack();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
    await page.evaluate(() => window.papergraphViewer.ready);
    expect(new URL(page.url()).search).toBe('?type=benchmark&name=SWE-bench+Lite&depth=2');
    expect((await page.evaluate(() => window.papergraphViewer.graph.nodes())).sort()).toEqual(first);
    await page.goForward();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
    await page.evaluate(() => window.papergraphViewer.ready);
    expect((await page.evaluate(() => window.papergraphViewer.graph.nodes())).sort()).toEqual(expanded);
    await page.goForward();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(paperTitle);

    // The link, opened afresh, draws the same graph with the same node open.
    const copied = await offlinePage(browser);
    await copied.page.goto(page.url());
    await copied.page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => copied.page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(paperTitle);
    expect((await copied.page.evaluate(() => window.papergraphViewer.graph.nodes())).sort()).toEqual(expanded);
    await settle(copied.page);
    await copied.page.screenshot({ path: `${SCREENSHOTS}/explore-copied-link.png` });
    expect([...problems, ...copied.problems]).toEqual([]);
    await copied.page.close();
    await page.close();
  });

  it.each([
    ['a large neighbourhood', `type=topic&name=${encodeURIComponent('Efficient attention & sequence models')}`, 'topic'],
    ['a star of 33 papers', 'type=benchmark&name=ScanNet&depth=1', 'scannet-star'],
  ])('draws the labels of %s apart, the biggest nodes first', async (_, view, shot) => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?${view}`);
    await page.evaluate(() => window.papergraphViewer.ready);
    // A fixed number of layout iterations, not a time: the worker's 2.5 s reach different layouts on a busy machine.
    await page.evaluate(() => window.papergraphViewer.settleLayout(1000));
    await page.waitForTimeout(300);
    const boxes = await page.evaluate(() => window.papergraphViewer.labelBoxes());
    const order = await page.evaluate(() => window.papergraphViewer.graph.order);
    const overlapping = boxes.filter((a) =>
      boxes.some((b) => b !== a && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
    );
    await page.screenshot({ path: `${SCREENSHOTS}/explore-labels-${shot}.png` });
    // Enough labels to find one's way (each of the 34 star nodes labelled drew 14 labels over others), and at
    // most one in four touching another.
    expect(order).toBeGreaterThan(30);
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    expect(overlapping.length).toBeLessThanOrEqual(boxes.length / 4);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stacks the graph and the panel in a phone-sized window, all of it usable', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${base}/explore?type=benchmark&name=GSM8K&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('GSM8K');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const graphBox = (await page.locator('#graph').boundingBox())!;
    const detailsBox = (await page.locator('#details').boundingBox())!;
    const searchBox = (await page.locator('#search').boundingBox())!;
    expect(graphBox.width).toBeGreaterThanOrEqual(380);
    expect(graphBox.height).toBeGreaterThanOrEqual(250);
    expect(detailsBox.y).toBeGreaterThanOrEqual(graphBox.y + graphBox.height - 1);
    expect(detailsBox.width).toBeGreaterThanOrEqual(380);
    expect(searchBox.width).toBeGreaterThanOrEqual(300);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-narrow.png` });
    // A label that would run off the right edge is drawn on its node's left instead.
    const boxes = await page.evaluate(() => window.papergraphViewer.labelBoxes());
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    expect(boxes.filter((b) => b.left < 0 || b.right > graphBox.width).map((b) => b.node)).toEqual([]);

    // The search box and the canvas still work.
    await page.locator('#search').fill('swe');
    await page.locator('#results li', { hasText: 'SWE-bench Lite' }).click();
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe('SWE-bench Lite');
    await page.evaluate(() => window.papergraphViewer.ready);
    await page.evaluate(() => window.papergraphViewer.stopLayout());
    await page.waitForTimeout(300);
    const paper = (await page.evaluate(() =>
      window.papergraphViewer.graph.nodes().find((n) => window.papergraphViewer.graph.getNodeAttribute(n, 'kind') === 'paper'),
    ))!;
    const title = await page.evaluate((id) => window.papergraphViewer.graph.getNodeAttribute(id, 'fullLabel') as string, paper);
    const at = (await page.evaluate((id) => window.papergraphViewer.nodePosition(id), paper))!;
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(400);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(title);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-narrow-paper.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows \\href and \\url in an abstract as links, a long address broken at the edge of the panel', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?id=${HREF_PAPER}&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect
      .poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 })
      .toBe('Discrepancy-Aware Detection of Generated Images');
    const abstract = page.locator('#details .abstract');
    const repo = 'https://github.com/Zhangyr2022/D3QE_AVeryLongRepositoryNameWithoutAnyPlaceToBreakIt';
    expect(await abstract.innerText()).toContain(`Code is available at ${repo}, data at https://example.org/~d3qe/ARForensics_v2.`);
    expect(await abstract.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      repo,
      'https://example.org/~d3qe/ARForensics_v2',
    ]);
    const overflow = await page.evaluate(() => {
      const panel = document.getElementById('details')!;
      return panel.scrollWidth - panel.clientWidth;
    });
    expect(overflow).toBe(0);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-href-abstract.png` });
    // The repository the abstract links to is named owner/repo, found by that name, its URL a link.
    const name = 'Zhangyr2022/D3QE_AVeryLongRepositoryNameWithoutAnyPlaceToBreakIt';
    await page.goto(`${base}/explore?type=repo&name=${encodeURIComponent(name)}&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(name);
    expect(await page.locator('#details a[target="_blank"]').first().getAttribute('href')).toBe(repo);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a title written in LaTeX as plain text in labels, panels and search', async () => {
    const { page, problems } = await offlinePage(browser);
    await page.goto(`${base}/explore?id=${LATEX_PAPER}&depth=1`);
    await page.evaluate(() => window.papergraphViewer.ready);
    const plain = 'VG²GT: Visual Geometry Grounded Transformers in O(n²) Time';
    await expect.poll(() => page.locator('#details h2').innerText(), { timeout: 15_000 }).toBe(plain);
    const labels = await page.evaluate(
      (id) => [
        window.papergraphViewer.graph.getNodeAttribute(id, 'label'),
        window.papergraphViewer.graph.getNodeAttribute(id, 'fullLabel'),
      ],
      LATEX_PAPER,
    );
    expect(labels).toEqual(['VG²GT', plain]);
    // The abstract reads as plain text too, its highlights on the same words (offsets count the text as written,
    // formulas included); a highlight never cuts a formula's name short ("$\text{VG}^2$GT" is VG²GT, not VG).
    expect(await page.locator('#details .abstract').innerText()).toBe(
      'We present VG²GT, a transformer for 3D reconstruction evaluated on ScanNet and CO3D.',
    );
    const marks = await page.locator('#details mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['3D reconstruction', 'ScanNet', 'CO3D']));
    expect(marks.filter((m) => m.startsWith('VG') && m !== 'VG²GT')).toEqual([]);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/explore-latex-title.png` });
    await page.locator('#search').fill('geometry grounded');
    const hit = page.locator('#results li', { hasText: 'Visual Geometry Grounded' });
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.innerText()).toContain(plain);
    expect(await page.locator('#results').innerText()).not.toContain('$');
    expect(problems).toEqual([]);
    await page.close();
  });
});
