import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { requireEntity, TEXT_WEIGHT, type GraphStore } from '../src/graph/index.js';
import type { EntityLink, PaperFilter } from '../src/model/index.js';
import { curate } from '../src/curation.js';
import { runCurationContract } from './curation.case.js';
import { paper, withResults } from './support/papers.js';

export interface StoreUnderTest {
  readonly name: string;
  /** Opens the store emptied of everything earlier tests wrote. */
  readonly open: () => Promise<GraphStore>;
  /** Why this half is skipped, if it is. */
  readonly skip?: string;
}

const monkeys = paper(
  'p1',
  'Large Language Monkeys',
  [
    { type: 'benchmark', name: 'SWE-bench Lite', aliases: ['SWE-bench', 'SWE-Lite'] },
    { type: 'method', name: 'repeated sampling', role: 'proposed' },
    { type: 'model', name: 'GPT-4o' },
    { type: 'benchmark', name: 'GSM8K' },
  ],
  { published: '2024-07-31' },
);
const sampler = paper(
  'p2',
  'Better Sampling for Math',
  [
    { type: 'benchmark', name: 'GSM8K' },
    { type: 'method', name: 'repeated sampling' },
    { type: 'model', name: 'GPT-4' },
  ],
  { published: '2024-09-01' },
);
const annotated = paper(
  'arxiv:2310.05869',
  'HyperAttention: Long-context Attention in Near-Linear Time',
  [{ type: 'benchmark', name: 'GSM8K' }],
  {
    published: '2023-10-09',
    abstract: 'We present an approximate attention mechanism evaluated on GSM8K.',
    url: 'https://arxiv.org/abs/2310.05869',
    meta: {
      authors: ['Insu Han', 'Rajesh Jayaram'],
      venue: 'ICLR 2024',
      arxivId: '2310.05869',
      categories: ['cs.LG', 'cs.DS'],
      recordId: 'p9',
    },
  },
);
const vision = paper('p3', 'A Vision Paper', [
  { type: 'benchmark', name: 'ImageNet' },
  { type: 'benchmark', name: 'GSM8K' },
  { type: 'repo', name: 'https://github.com/org/vision', repoKind: 'code' },
]);
const ids = {
  gsm: 'benchmark:gsm8k',
  swe: 'benchmark:swebenchlite',
  imagenet: 'benchmark:imagenet',
  sampling: 'method:repeatedsampling',
  gpt4o: 'model:gpt4o',
};

const scored = withResults(
  paper(
    'r1',
    'Scaling Samples',
    [
      { type: 'benchmark', name: 'SWE-bench Lite', aliases: ['SWE-bench', 'SWE-Lite'] },
      { type: 'model', name: 'DeepSeek-V2-Coder-Instruct' },
      { type: 'metric', name: 'accuracy' },
      { type: 'benchmark', name: 'GSM8K' },
    ],
    { abstract: 'On SWE-bench Lite DeepSeek-V2-Coder-Instruct goes from 15.9% to 56%, +40 points; accuracy on GSM8K is 91%.' },
  ),
  [
    {
      benchmark: 'SWE-bench Lite',
      value: 15.9,
      unit: '%',
      subject: { type: 'model', name: 'DeepSeek-V2-Coder-Instruct' },
      condition: 'before',
    },
    {
      benchmark: 'SWE-bench Lite',
      value: 56,
      unit: '%',
      subject: { type: 'model', name: 'DeepSeek-V2-Coder-Instruct' },
      condition: 'after',
    },
    { benchmark: 'SWE-bench Lite', value: 40, unit: 'points', isDelta: true, mention: '+40 points' },
    { benchmark: 'GSM8K', value: 91, unit: '%', metric: 'accuracy' },
  ],
);
const rival = withResults(
  paper(
    'r2',
    'Another Coder',
    [
      { type: 'benchmark', name: 'SWE-bench Lite' },
      { type: 'model', name: 'GPT-4o' },
      { type: 'metric', name: 'accuracy' },
      { type: 'metric', name: 'error rate' },
    ],
    { abstract: 'GPT-4o solves 43% of SWE-bench Lite, accuracy 61%, error rate 12%.' },
  ),
  [
    { benchmark: 'SWE-bench Lite', value: 43, unit: '%', subject: { type: 'model', name: 'GPT-4o' } },
    { benchmark: 'SWE-bench Lite', value: 61, unit: '%', metric: 'accuracy' },
    { benchmark: 'SWE-bench Lite', value: 12, unit: '%', metric: 'error rate' },
  ],
);

/** One contract for every GraphStore adapter: the same cases, the same expected answers. */
export function runStoreContract(subject: StoreUnderTest): void {
  describe.skipIf(subject.skip !== undefined)(
    `GraphStore contract: ${subject.name}${subject.skip ? ` (skipped: ${subject.skip})` : ''}`,
    () => {
      let store: GraphStore;
      beforeEach(async () => {
        await store?.close();
        store = await subject.open();
      });
      afterAll(async () => {
        await store?.close();
      });

      it('starts empty', async () => {
        const stats = await store.stats();
        expect(stats.papers).toBe(0);
        expect(stats.byType.every((t) => t.count === 0)).toBe(true);
      });

      it('writes papers and reads them back by id, in the order asked', async () => {
        await store.writePapers([monkeys, sampler]);
        const [b, missing, a] = await store.getPapers(['p2', 'nope', 'p1']);
        expect(a).toMatchObject({ id: 'p1', title: 'Large Language Monkeys', published: '2024-07-31' });
        expect(b?.title).toBe('Better Sampling for Math');
        expect(missing).toBeUndefined();
      });

      it('keeps what the input says about a paper, and finds it by its record id as well as its arXiv id', async () => {
        await store.writePapers([annotated, monkeys]);
        const [byRecord, byId, plain] = await store.getPapers(['p9', 'arxiv:2310.05869', 'p1']);
        const expected = {
          id: 'arxiv:2310.05869',
          url: 'https://arxiv.org/abs/2310.05869',
          published: '2023-10-09',
          authors: ['Insu Han', 'Rajesh Jayaram'],
          venue: 'ICLR 2024',
          arxivId: '2310.05869',
          categories: ['cs.LG', 'cs.DS'],
          recordId: 'p9',
        };
        expect(byRecord).toEqual({ ...expected, title: annotated.paper.title, abstract: annotated.paper.abstract });
        expect(byId).toEqual(byRecord);
        expect(plain).toEqual({ id: 'p1', title: 'Large Language Monkeys', abstract: monkeys.paper.abstract, published: '2024-07-31' });
        const exported = (await store.exportGraph()).nodes.find((n) => n.id === 'arxiv:2310.05869');
        expect(exported?.properties).toEqual({
          title: annotated.paper.title,
          published: '2023-10-09',
          year: 2023,
          url: 'https://arxiv.org/abs/2310.05869',
          authors: ['Insu Han', 'Rajesh Jayaram'],
          venue: 'ICLR 2024',
          arxivId: '2310.05869',
          abstractUrl: 'https://arxiv.org/abs/2310.05869',
          pdfUrl: 'https://arxiv.org/pdf/2310.05869',
          categories: ['cs.LG', 'cs.DS'],
        });
      });

      it('lists papers with or without their metadata, the rest the same', async () => {
        await store.writePapers([annotated, monkeys]);
        const full = await store.listPapers({ first: 10, offset: 0, links: ['benchmark'] });
        const lean = await store.listPapers({ first: 10, offset: 0, links: ['benchmark'], withMetadata: false });
        const { authors, venue, arxivId, categories, recordId, ...rest } = full.items[1]!.paper;
        expect([full.items[1]!.paper.id, authors, venue, arxivId, categories, recordId]).toEqual([
          'arxiv:2310.05869',
          ['Insu Han', 'Rajesh Jayaram'],
          'ICLR 2024',
          '2310.05869',
          ['cs.LG', 'cs.DS'],
          'p9',
        ]);
        // A store may still read what it was told it need not: the metadata is all there or all left out.
        expect([full.items[1]!.paper, rest]).toContainEqual(lean.items[1]!.paper);
        expect(lean.items.map((i) => [i.paper.id, i.paper.title, i.paper.published, i.links])).toEqual(
          full.items.map((i) => [i.paper.id, i.paper.title, i.paper.published, i.links]),
        );
        expect(lean.totalCount).toBe(full.totalCount);
      });

      it('filters papers by venue and by author, ignoring case, also with full-text search', async () => {
        await store.writePapers([annotated, monkeys, sampler]);
        const ids = async (where: PaperFilter, search?: string) =>
          (await store.listPapers({ where, first: 10, offset: 0, ...(search ? { search } : {}) })).items.map((i) => i.paper.id);
        expect(await ids({ venue: 'iclr 2024' })).toEqual(['arxiv:2310.05869']);
        expect(await ids({ author: 'RAJESH JAYARAM' })).toEqual(['arxiv:2310.05869']);
        expect(await ids({ author: 'Rajesh' })).toEqual([]);
        expect(await ids({ venue: 'ICLR 2024', allOf: ['benchmark:gsm8k'] })).toEqual(['arxiv:2310.05869']);
        expect(await ids({ venue: 'NeurIPS' })).toEqual([]);
        expect(await ids({ author: 'insu han' }, 'attention')).toEqual(['arxiv:2310.05869']);
      });

      it('re-ingest is idempotent: the same batch twice changes nothing', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const once = await store.stats();
        await store.writePapers([monkeys, sampler, vision]);
        expect(await store.stats()).toEqual(once);
        expect(once.papers).toBe(3);
        expect(once.edges).toBe(10);
        expect((await store.findEntity('benchmark', 'GSM8K'))?.paperCount).toBe(3);
      });

      it('keeps the fingerprint a paper was written with until it is written again', async () => {
        await store.writePapers([
          { ...monkeys, fingerprint: 'f1' },
          { ...sampler, fingerprint: 'f2' },
        ]);
        await store.writePapers([vision]);
        expect(await store.paperFingerprints(['p1', 'p2', 'p3', 'nope'])).toEqual(
          new Map([
            ['p1', 'f1'],
            ['p2', 'f2'],
          ]),
        );
        await store.writePapers([{ ...monkeys, fingerprint: 'f1b' }, sampler]);
        expect(await store.paperFingerprints(['p1', 'p2'])).toEqual(new Map([['p1', 'f1b']]));
        expect((await store.getPapers(['p1']))[0]).not.toHaveProperty('fingerprint');
      });

      it('re-ingesting a paper replaces its links and drops entities no paper mentions any more', async () => {
        await store.writePapers([monkeys]);
        await store.writePapers([paper('p1', 'Large Language Monkeys', [{ type: 'benchmark', name: 'GSM8K' }])]);
        expect(await store.findEntity('benchmark', 'SWE-bench Lite')).toBeUndefined();
        const links = (await store.linksOfPapers(['p1'])).get('p1') ?? [];
        expect(links.map((l) => l.entity.name)).toEqual(['GSM8K']);
      });

      it('finds entities by name or alias, ignoring case, spacing and punctuation', async () => {
        await store.writePapers([monkeys]);
        for (const name of ['SWE-bench Lite', 'swe bench lite', 'SWE_BENCH-lite', 'swe lite']) {
          expect((await store.findEntity('benchmark', name))?.name, name).toBe('SWE-bench Lite');
        }
        // "SWE-bench", written beside it, is the larger benchmark Lite is part of: neither a name nor an alias of Lite.
        expect((await store.findEntity('benchmark', 'SWE-bench Lite'))?.aliases).toEqual(['SWE-Lite']);
        expect(await store.findEntity('benchmark', 'swe-bench')).toBeUndefined();
        expect(await store.findEntity('model', 'SWE-bench Lite')).toBeUndefined();
        expect((await store.findEntity('model', 'gpt 4o'))?.name).toBe('GPT-4o');
        expect(await store.findEntity('model', 'GPT-4')).toBeUndefined();
      });

      it('joins a defined acronym to its long form across papers, and keeps a different long form of it apart', async () => {
        const bare = paper('a1', 'Scaling MoM', [{ type: 'method', name: 'MoM' }]);
        const defining = paper('a2', 'MoM: Linear Sequence Modeling with Mixture-of-Memories', [
          { type: 'method', name: 'Mixture-of-Memories', aliases: ['MoM'], role: 'proposed' },
        ]);
        const other = paper('a3', 'Estimating with Moments', [{ type: 'method', name: 'Method of Moments', aliases: ['MoM'] }]);
        await store.writePapers([bare, defining]);
        await store.writePapers([other, paper('a4', 'MoM Again', [{ type: 'method', name: 'MoM' }])]);
        const memories = await store.findEntity('method', 'Mixture-of-Memories');
        expect(memories).toMatchObject({ name: 'Mixture-of-Memories', paperCount: 3 });
        expect((await store.findEntity('method', 'MoM'))?.id).toBe(memories?.id);
        const moments = await store.findEntity('method', 'Method of Moments');
        expect(moments).toMatchObject({ name: 'Method of Moments', paperCount: 1 });
        expect(moments?.id).not.toBe(memories?.id);
      });

      it("resolves no other paper through a name nested in an entity's name: a family is not its release, a kind not its subtype", async () => {
        await store.writePapers([
          paper('n1', 'Coding with Releases', [
            { type: 'model', name: 'DeepSeek-V2-Coder-Instruct', aliases: ['DeepSeek'] },
            { type: 'task', name: 'out-of-distribution machine translation', aliases: ['machine translation'] },
          ]),
        ]);
        await store.writePapers([
          paper('n2', 'Asking Chatbots', [
            { type: 'model', name: 'DeepSeek' },
            { type: 'task', name: 'machine translation' },
          ]),
        ]);
        expect(await store.findEntity('model', 'DeepSeek')).toMatchObject({ name: 'DeepSeek', paperCount: 1 });
        expect(await store.findEntity('model', 'DeepSeek-V2-Coder-Instruct')).toMatchObject({ paperCount: 1, aliases: [] });
        expect(await store.findEntity('task', 'machine translation')).toMatchObject({ name: 'machine translation', paperCount: 1 });
      });

      it("leaves a name that is a stored entity's own with that entity, also once the entity is hidden", async () => {
        await store.writePapers([paper('h1', 'Fine-Grained Recognition', [{ type: 'benchmark', name: 'CARS' }])]);
        await store.writePapers([
          paper('h2', 'Reasoning Tests', [{ type: 'benchmark', name: 'Cognitive Abilities Reasoning Suite', aliases: ['CARS'] }]),
        ]);
        expect(await store.findEntity('benchmark', 'CARS')).toMatchObject({ name: 'CARS', paperCount: 1 });
        expect(await store.findEntity('benchmark', 'Cognitive Abilities Reasoning Suite')).toMatchObject({ paperCount: 1 });
        await curate(store, { op: 'hide', type: 'benchmark', name: 'CARS' });
        expect(await store.findEntity('benchmark', 'CARS')).toBeUndefined();
        expect((await store.findEntity('benchmark', 'Cognitive Abilities Reasoning Suite'))?.aliases).toEqual(['CARS']);
      });

      it('lists entities by paper count or name, with prefix, minimum and paging', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const byCount = await store.listEntities({ type: 'benchmark', orderBy: 'PAPER_COUNT', first: 10, offset: 0 });
        expect(byCount.items.map((e) => [e.name, e.paperCount])).toEqual([
          ['GSM8K', 3],
          ['ImageNet', 1],
          ['SWE-bench Lite', 1],
        ]);
        expect(byCount.totalCount).toBe(3);
        const byName = await store.listEntities({ type: 'benchmark', orderBy: 'NAME', first: 2, offset: 1 });
        expect(byName.items.map((e) => e.name)).toEqual(['ImageNet', 'SWE-bench Lite']);
        expect(byName.totalCount).toBe(3);
        const prefixed = await store.listEntities({ type: 'benchmark', orderBy: 'NAME', first: 10, offset: 0, nameStartsWith: 'sw' });
        expect(prefixed.items.map((e) => e.name)).toEqual(['SWE-bench Lite']);
        const popular = await store.listEntities({ type: 'benchmark', orderBy: 'NAME', first: 10, offset: 0, minPapers: 2 });
        expect(popular.items.map((e) => e.name)).toEqual(['GSM8K']);
        const containing = (nameContains: string[]) =>
          store.listEntities({ type: 'benchmark', orderBy: 'PAPER_COUNT', first: 10, offset: 0, nameContains });
        expect((await containing(['net'])).items.map((e) => e.name)).toEqual(['ImageNet']);
        expect((await containing(['lite', 'bench'])).items.map((e) => e.name)).toEqual(['SWE-bench Lite']);
        expect((await containing(['image', 'lite'])).totalCount).toBe(0);
      });

      it('suggests for an unknown name the entities whose name or alias starts alike, saying whose an alias is', async () => {
        const clip = { type: 'model' as const, name: 'Contrastive Language-Image Pre-Training', aliases: ['CLIP'] };
        await store.writePapers([
          paper('c1', 'Vision and Language', [clip]),
          paper('c2', 'More Vision and Language', [clip]),
          paper('c3', 'A Small CLIP', [{ type: 'model', name: 'CLIP-B/16' }]),
          paper('c4', 'Clinical Notes', [{ type: 'model', name: 'ClinicalBERT' }]),
        ]);
        await expect(requireEntity(store, 'model', 'CLIPP')).rejects.toThrow(
          'no model named "CLIPP". Did you mean "CLIP" (an alias of "Contrastive Language-Image Pre-Training"), "CLIP-B/16", "ClinicalBERT"?',
        );
        await expect(requireEntity(store, 'model', 'Contrastive Language-Image Pretrain')).rejects.toThrow(
          'no model named "Contrastive Language-Image Pretrain". Did you mean "Contrastive Language-Image Pre-Training"?',
        );
      });

      it('lists the names closest to the words typed first, over every match, not only the first page by paper count', async () => {
        const named = (id: string, name: string, papers = 1) =>
          Array.from({ length: papers }, (_, i) => paper(`${id}-${i}`, `${name} ${i}`, [{ type: 'method', name }]));
        await store.writePapers([
          ...named('s', 'self-attention', 3),
          ...named('l', 'linear attention', 2),
          ...named('f', 'FlashAttention'),
          ...named('a', 'attention'),
          ...named('m', 'attention mechanism'),
        ]);
        const closest = (nameContains: string[], first: number) =>
          store.listEntities({ type: 'method', orderBy: 'CLOSEST_NAME', first, offset: 0, nameContains });
        const top = await closest(['attention'], 3);
        // The name typed, then the names holding it as a whole word, most papers first.
        expect(top.items.map((e) => e.name)).toEqual(['attention', 'self-attention', 'linear attention']);
        expect(top.totalCount).toBe(5);
        expect((await closest(['attention'], 10)).items.map((e) => e.name)).toEqual([
          'attention',
          'self-attention',
          'linear attention',
          'FlashAttention',
          'attention mechanism',
        ]);
        expect((await closest(['attention', 'linear'], 10)).items.map((e) => e.name)).toEqual(['linear attention']);
        expect((await closest(['linear', 'attention'], 10)).items.map((e) => e.name)).toEqual(['linear attention']);
      });

      it('matches the words typed at word starts only, ranking the name or alias typed, then whole words, then word prefixes', async () => {
        const named = (id: string, name: string, papers: number, aliases: string[] = []) =>
          Array.from({ length: papers }, (_, i) => paper(`${id}-${i}`, `${name} ${i}`, [{ type: 'method', name, aliases }]));
        await store.writePapers([
          ...named('l', 'LoRA', 3, ['Low-Rank Adaptation']),
          ...named('q', 'QLoRA', 2),
          ...named('a', 'AdaLoRA', 2),
          ...named('f', 'LoRA-FA', 1),
          ...named('x', 'loraxial', 4),
          ...named('e', 'exploration', 5),
          ...named('s', 'semantic exploration', 1),
          ...named('m', 'Low-Rank Adaptation of Experts', 1),
        ]);
        const closest = async (nameContains: string[]) => {
          const found = await store.listEntities({ type: 'method', orderBy: 'CLOSEST_NAME', first: 10, offset: 0, nameContains });
          return { names: found.items.map((e) => e.name), total: found.totalCount };
        };
        // Not "exploration": "lora" is inside its word. "loraxial" has the most papers but only starts with it.
        expect(await closest(['lora'])).toEqual({ names: ['LoRA', 'AdaLoRA', 'QLoRA', 'LoRA-FA', 'loraxial'], total: 5 });
        expect(await closest(['low-rank', 'adaptation'])).toEqual({ names: ['LoRA', 'Low-Rank Adaptation of Experts'], total: 2 });
        expect(await closest(['rank'])).toEqual({ names: ['LoRA', 'Low-Rank Adaptation of Experts'], total: 2 });
        expect(await closest(['plor'])).toEqual({ names: [], total: 0 });
        expect(await closest(['explor'])).toEqual({ names: ['exploration', 'semantic exploration'], total: 2 });
        const byCount = await store.listEntities({ type: 'method', orderBy: 'PAPER_COUNT', first: 10, offset: 0, nameContains: ['lora'] });
        expect(byCount.items.map((e) => e.name)).toEqual(['loraxial', 'LoRA', 'AdaLoRA', 'QLoRA', 'LoRA-FA']);
      });

      it("gives an entity's papers newest first, undated last, with evidence", async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const gsm = await store.findEntity('benchmark', 'gsm8k');
        const page = await store.papersOfEntity(gsm!.id, { first: 10, offset: 0 });
        expect(page.items.map((l) => l.paper.id)).toEqual(['p2', 'p1', 'p3']);
        expect(page.items[1]!.evidence.mention).toBe('GSM8K');
        expect(page.totalCount).toBe(3);
        const second = await store.papersOfEntity(gsm!.id, { first: 1, offset: 1 });
        expect(second.items.map((l) => l.paper.id)).toEqual(['p1']);
      });

      it("keeps an entity's papers and the newest papers in order across writes that add and re-date papers", async () => {
        // d00..d17 dated 2021-01..2021-09 (two a month, by title within a month), d18 and d19 undated.
        const dated = Array.from({ length: 20 }, (_, i) =>
          paper(`d${String(i).padStart(2, '0')}`, `Dated ${i}`, [{ type: 'benchmark', name: 'GSM8K' }], {
            ...(i < 18 ? { published: `2021-0${(i % 9) + 1}-15` } : {}),
          }),
        );
        await store.writePapers(dated.slice(0, 10));
        await store.writePapers(dated.slice(10));
        const pageOf = async (first: number, offset: number) =>
          (await store.papersOfEntity(ids.gsm, { first, offset })).items.map((l) => l.paper.id);
        expect(await pageOf(3, 0)).toEqual(['d17', 'd08', 'd16']);
        expect(await pageOf(1, 1)).toEqual(['d08']);
        expect(await pageOf(5, 17)).toEqual(['d09', 'd18', 'd19']);
        await store.writePapers([paper('d19', 'Dated 19', [{ type: 'benchmark', name: 'GSM8K' }], { published: '2022-01-01' })]);
        expect(await pageOf(2, 0)).toEqual(['d19', 'd17']);
        expect(await pageOf(5, 17)).toEqual(['d00', 'd09', 'd18']);
        const newest = await store.listPapers({ first: 2, offset: 18 });
        expect([newest.totalCount, newest.items.map((i) => i.paper.id)]).toEqual([20, ['d09', 'd18']]);
      });

      it("returns each paper's links with evidence, roles and entity paper counts", async () => {
        await store.writePapers([monkeys, sampler]);
        const links = await store.linksOfPapers(['p1', 'p2', 'unknown']);
        const p1 = links.get('p1')!;
        expect(p1.map((l) => l.entity.name)).toEqual(['SWE-bench Lite', 'repeated sampling', 'GPT-4o', 'GSM8K']);
        const method = p1.find((l) => l.entity.type === 'method')!;
        expect(method.role).toBe('proposed');
        expect(method.entity.paperCount).toBe(2);
        expect(method.evidence.sentence).toContain('repeated sampling');
        expect(links.get('unknown')).toBeUndefined();
      });

      it('returns the same links without evidence when asked, for papers without links too', async () => {
        await store.writePapers([monkeys, sampler, paper('p5', 'A Paper Naming Nothing', [])]);
        const asked = ['p1', 'p2', 'p5', 'unknown'];
        const full = await store.linksOfPapers(asked);
        const brief = await store.linksOfPapers(asked, { evidence: false });
        const summary = (links: Map<string, readonly { entity: unknown; confidence: number; role?: string }[]>) =>
          asked.map((id) => links.get(id)?.map((l) => [l.entity, l.confidence, l.role ?? null]));
        expect(summary(brief)).toEqual(summary(full));
        expect(summary(brief)[0]!.map((l) => (l[0] as { name: string }).name)).toEqual([
          'SWE-bench Lite',
          'repeated sampling',
          'GPT-4o',
          'GSM8K',
        ]);
        const benchmarks = await store.linksOfPapers(asked, { evidence: false, kinds: ['benchmark'] });
        const ofKind = (links: ReturnType<typeof summary>) =>
          links.map((l) => l?.filter((x) => (x[0] as { type: string }).type === 'benchmark'));
        expect(ofKind(summary(benchmarks))).toEqual(ofKind(summary(full)));
        expect(brief.get('p5')).toEqual([]);
        expect(brief.has('unknown')).toBe(false);
      });

      it('lists a page with its papers’ links of the kinds asked, as linksOfPapers gives them', async () => {
        await store.writePapers([monkeys, sampler, paper('p5', 'A Paper Naming Nothing', [])]);
        const kinds = ['method', 'benchmark'] as const;
        const plain = await store.listPapers({ first: 2, offset: 1, count: false });
        const listed = await store.listPapers({ first: 2, offset: 1, count: false, links: kinds });
        expect(listed.items.map((i) => [i.paper, i.score])).toEqual(plain.items.map((i) => [i.paper, i.score]));
        expect(listed.totalCount).toBe(plain.totalCount);
        const ids = listed.items.map((i) => i.paper.id);
        const expected = await store.linksOfPapers(ids, { evidence: false, kinds });
        type Links = readonly { entity: { type: string }; confidence: number; role?: string }[] | undefined;
        const summary = (links: Links) => (links ?? []).map((l) => [l.entity, l.confidence, l.role ?? null]);
        const ofKinds = (links: Links) => (links ?? []).filter((l) => (kinds as readonly string[]).includes(l.entity.type));
        expect(listed.items.map((i) => summary(i.links))).toEqual(ids.map((id) => summary(ofKinds(expected.get(id)))));
        expect(listed.items.flatMap((i) => i.links ?? []).length).toBeGreaterThan(0);
        expect(listed.items.every((i) => i.links?.every((l) => !('evidence' in l)))).toBe(true);
      });

      it('gets papers (by id or record id) with their links of the kinds asked, as getPapers and linksOfPapers give them', async () => {
        await store.writePapers([monkeys, annotated, paper('p5', 'A Paper Naming Nothing', [])]);
        const kinds = ['benchmark', 'model'] as const;
        const asked = ['p1', 'p9', 'p5', 'unknown'];
        const found = await store.getPapersWithLinks(asked, kinds);
        expect(found.map((f) => f?.paper)).toEqual(await store.getPapers(asked));
        const links = await store.linksOfPapers(['p1', annotated.paper.id, 'p5']);
        const summary = (list: readonly { entity: { type: string }; confidence: number; role?: string }[] | undefined) =>
          (list ?? []).map((l) => [l.entity, l.confidence, l.role ?? null]);
        const ofKinds = (list: readonly EntityLink[] | undefined) =>
          (list ?? []).filter((l) => (kinds as readonly string[]).includes(l.entity.type));
        expect(found.map((f) => (f ? summary(f.links) : undefined))).toEqual([
          summary(ofKinds(links.get('p1'))),
          summary(ofKinds(links.get(annotated.paper.id))),
          [],
          undefined,
        ]);
        expect(found[0]!.links.map((l) => l.entity.name)).toEqual(['SWE-bench Lite', 'GPT-4o', 'GSM8K']);
      });

      it("leaves out linked and shared entities' aliases, abstracts and metadata only when asked to, the rest the same", async () => {
        await store.writePapers([monkeys, sampler, annotated, scored]);
        type Entity = { readonly id: string; readonly aliases: readonly string[] };
        // A store may still read what it was told it need not: each part is the real one or empty.
        const sameBut = <T extends Entity>(lean: readonly T[], full: readonly T[]) => {
          expect(lean.map(({ aliases: _, ...rest }) => rest)).toEqual(full.map(({ aliases: _, ...rest }) => rest));
          for (const [i, e] of lean.entries()) expect([full[i]!.aliases, []]).toContainEqual(e.aliases);
        };
        const kinds = ['benchmark', 'method'] as const;
        const fullList = await store.listPapers({ first: 10, offset: 0, count: false, links: kinds });
        const leanList = await store.listPapers({ first: 10, offset: 0, count: false, links: kinds, withAliases: false });
        expect(leanList.items.map((i) => i.paper)).toEqual(fullList.items.map((i) => i.paper));
        const entitiesOf = (page: typeof fullList) => page.items.flatMap((i) => i.links ?? []).map((l) => l.entity);
        sameBut(entitiesOf(leanList), entitiesOf(fullList));
        expect(entitiesOf(fullList).find((e) => e.id === ids.swe)?.aliases).toEqual(['SWE-Lite']);

        const asked = ['p1', 'p9', 'unknown'];
        const fullPage = await store.getPapersWithLinks(asked, kinds);
        const leanPage = await store.getPapersWithLinks(asked, kinds, { withAbstract: false, withMetadata: false, withAliases: false });
        expect(leanPage.map((f) => f?.links.map((l) => [l.confidence, l.role ?? null]))).toEqual(
          fullPage.map((f) => f?.links.map((l) => [l.confidence, l.role ?? null])),
        );
        sameBut(
          leanPage.flatMap((f) => f?.links.map((l) => l.entity) ?? []),
          fullPage.flatMap((f) => f?.links.map((l) => l.entity) ?? []),
        );
        expect(fullPage[0]!.links.find((l) => l.entity.id === ids.swe)?.entity.aliases).toEqual(['SWE-Lite']);
        for (const [i, found] of leanPage.entries()) {
          const full = fullPage[i]?.paper;
          if (!full || !found) {
            expect(found).toEqual(fullPage[i]);
            continue;
          }
          const { authors: _a, venue: _v, arxivId: _x, categories: _c, recordId: _r, ...plain } = full;
          expect([full, plain, { ...full, abstract: '' }, { ...plain, abstract: '' }]).toContainEqual(found.paper);
        }

        for (const count of [true, false]) {
          const query = { via: ['benchmark', 'method'] as const, text: false, first: 10, offset: 0, count };
          const full = (await store.relatedPapers('p1', query))!;
          const lean = (await store.relatedPapers('p1', { ...query, withMetadata: false, withAliases: false }))!;
          expect(lean.items.map((r) => [r.paper.id, r.paper.title, r.score])).toEqual(
            full.items.map((r) => [r.paper.id, r.paper.title, r.score]),
          );
          expect(lean.totalCount).toBe(full.totalCount);
          sameBut(
            lean.items.flatMap((r) => r.shared),
            full.items.flatMap((r) => r.shared),
          );
          expect(full.items.find((r) => r.paper.id === 'r1')?.shared.find((e) => e.id === ids.swe)?.aliases).toEqual(['SWE-Lite']);
          const byId = new Map(full.items.map((r) => [r.paper.id, r.paper]));
          for (const { paper: found } of lean.items) {
            const { authors: _a, venue: _v, arxivId: _x, categories: _c, recordId: _r, ...plain } = byId.get(found.id)!;
            expect([byId.get(found.id), plain]).toContainEqual(found);
          }
        }
      });

      it('pages full-text matches, and without a count still says whether another page follows', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const counted = await store.listPapers({ search: 'gsm8k', first: 2, offset: 0 });
        expect(counted.totalCount).toBe(3);
        const uncounted = await store.listPapers({ search: 'gsm8k', first: 2, offset: 0, count: false });
        expect(uncounted.items).toEqual(counted.items);
        expect(uncounted.totalCount).toBeGreaterThan(2);
        const last = await store.listPapers({ search: 'gsm8k', first: 2, offset: 2, count: false });
        expect(last.items.map((i) => i.paper.id)).toEqual(
          (await store.listPapers({ search: 'gsm8k', first: 10, offset: 0 })).items.slice(2).map((i) => i.paper.id),
        );
        expect(last.totalCount).toBe(3);
        const twins = ['p7', 'p6'].map((id) => paper(id, 'Tied Twins', [], { abstract: 'Two papers with the same words.' }));
        await store.writePapers(twins);
        const tied = async (offset: number) => (await store.listPapers({ search: 'twins', first: 1, offset })).items.map((i) => i.paper.id);
        expect([await tied(0), await tied(1)]).toEqual([['p6'], ['p7']]);
        const newest = await store.listPapers({ first: 1, offset: 1, count: false });
        expect([newest.items.map((i) => i.paper.id), newest.totalCount > 2]).toEqual([['p1'], true]);
      });

      it('counts search matches up to countUpTo, and pages ties by id past what it counted', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const page = (first: number, offset: number, countUpTo: number, count = true) =>
          store.listPapers({ search: 'gsm8k', first, offset, count, countUpTo });
        const exact = await store.listPapers({ search: 'gsm8k', first: 10, offset: 0 });
        expect(exact.totalCount).toBe(3);
        expect((await page(1, 0, 3)).totalCount).toBe(3);
        const bounded = await page(1, 0, 1);
        expect(bounded.items).toEqual(exact.items.slice(0, 1));
        expect(bounded.totalCount).toBeGreaterThan(1);
        expect((await page(1, 2, 1)).items).toEqual(exact.items.slice(2));
        // Written in the opposite order of their ids: three papers with the same score still come by id
        // when fewer of them are read than tie.
        const triplets = ['p9', 'p8', 'p7'].map((id) => paper(id, 'Tied Triplets', [], { abstract: 'Three papers with the same words.' }));
        await store.writePapers(triplets);
        const tied = async (offset: number) =>
          (await store.listPapers({ search: 'triplets', first: 1, offset, count: false })).items.map((i) => i.paper.id);
        expect([await tied(0), await tied(1), await tied(2)]).toEqual([['p7'], ['p8'], ['p9']]);
        const counted = await store.listPapers({ search: 'triplets', first: 1, offset: 0, countUpTo: 1 });
        expect([counted.items.map((i) => i.paper.id), counted.totalCount > 1]).toEqual([['p7'], true]);
      });

      it('scores related papers so that rare shared entities weigh more', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const related = (await store.relatedPapers('p1', { via: ['benchmark', 'method', 'model'], text: false, first: 10, offset: 0 }))!;
        expect(related.items.map((r) => r.paper.id)).toEqual(['p2', 'p3']);
        expect(related.items[0]!.shared.map((e) => e.name).sort()).toEqual(['GSM8K', 'repeated sampling']);
        expect(related.items[0]!.score).toBeCloseTo(1 / Math.log(4) + 1 / Math.log(3), 6);
        expect(related.items[1]!.score).toBeCloseTo(1 / Math.log(4), 6);
        expect(related.items.map((r) => r.textSimilarity)).toEqual([0, 0]);
        expect(related.totalCount).toBe(2);
        const second = (await store.relatedPapers('p1', { via: ['benchmark', 'method', 'model'], text: false, first: 1, offset: 1 }))!;
        expect([second.totalCount, second.items.map((r) => r.paper.id)]).toEqual([2, ['p3']]);
        expect((await store.relatedPapers('p1', { via: ['model'], text: false, first: 10, offset: 0 }))!.items).toEqual([]);
        expect((await store.relatedPapers('p1', { via: ['benchmark'], text: false, first: 0, offset: 0 }))!.items).toEqual([]);
        expect(await store.relatedPapers('no-such-paper', { via: ['benchmark'], text: true, first: 10, offset: 0 })).toBeUndefined();
      });

      it('pages related papers the same without the total, which then only says whether another page follows', async () => {
        const rare = { type: 'benchmark', name: 'Rare Bench' } as const;
        const common = { type: 'benchmark', name: 'Common Bench' } as const;
        const method = { type: 'method', name: 'shared trick' } as const;
        await store.writePapers([
          paper('s', 'Source', [rare, common, method]),
          paper('a', 'Both', [rare, common]),
          paper('b', 'Rare One', [rare]),
          paper('c', 'Rare Two', [rare, method]),
          ...Array.from({ length: 8 }, (_, i) => paper(`d${i}`, `Common ${i}`, i < 2 ? [common, method] : [common])),
        ]);
        const pages: unknown[] = [];
        // ['method']: the source has one method, so every candidate scores the same (ids decide).
        for (const via of [['benchmark'], ['benchmark', 'method'], ['method']] as const) {
          for (const [first, offset] of [
            [1, 0],
            [2, 1],
            [3, 3],
            [10, 0],
            [4, 8],
          ] as const) {
            const query = { via, text: false, first, offset };
            const counted = (await store.relatedPapers('s', query))!;
            const uncounted = (await store.relatedPapers('s', { ...query, count: false }))!;
            expect(uncounted.items, `${via} ${first} ${offset}`).toEqual(counted.items);
            expect(uncounted.totalCount > offset + first).toBe(counted.totalCount > offset + first);
            pages.push(counted.items.map((r) => r.paper.id));
          }
        }
        expect(pages.slice(0, 2)).toEqual([['a'], ['b', 'c']]);
      });

      it('adds papers with a similar title and abstract when asked, scored by that similarity', async () => {
        const alike = paper('p4', 'Scaling Inference Compute for Language Monkeys', [{ type: 'task', name: 'code generation' }], {
          abstract: 'Large language monkeys scale inference compute by repeated sampling on SWE-bench Lite.',
        });
        await store.writePapers([monkeys, sampler, vision, alike]);
        const withText = (await store.relatedPapers('p1', { via: ['benchmark'], text: true, first: 10, offset: 0 }))!;
        const p4 = withText.items.find((r) => r.paper.id === 'p4')!;
        expect(p4.shared).toEqual([]);
        expect(p4.textSimilarity).toBeGreaterThan(0.1);
        expect(p4.textSimilarity).toBeLessThanOrEqual(1);
        expect(p4.score).toBeCloseTo(TEXT_WEIGHT * p4.textSimilarity, 6);
        expect(withText.items.find((r) => r.paper.id === 'p3')!.textSimilarity).toBeLessThan(p4.textSimilarity);
        const without = (await store.relatedPapers('p1', { via: ['benchmark'], text: false, first: 10, offset: 0 }))!;
        expect(without.items.map((r) => r.paper.id)).toEqual(['p2', 'p3']);
      });

      it('searches titles and abstracts', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const hits = await store.listPapers({ search: 'monkeys', first: 10, offset: 0 });
        expect(hits.items.map((h) => h.paper.id)).toEqual(['p1']);
        expect(hits.items[0]!.score).toBeGreaterThan(0);
        const all = await store.listPapers({ first: 2, offset: 0 });
        expect(all.totalCount).toBe(3);
        expect(all.items.map((h) => h.paper.id)).toEqual(['p2', 'p1']);
      });

      it('ends a bulk load, where the store has one, with every paper written during it searchable', async () => {
        await store.writePapers([vision]);
        expect(await store.beginBulkLoad?.(1)).not.toBe(true);
        const began = await store.beginBulkLoad?.(3);
        if (store.beginBulkLoad) expect(began).toBe(true);
        await store.writePapers([monkeys, sampler]);
        await store.endBulkLoad?.();
        const hits = await store.listPapers({ search: 'gsm8k', first: 10, offset: 0 });
        expect(hits.items.map((h) => h.paper.id).sort()).toEqual(['p1', 'p2', 'p3']);
        expect((await store.listPapers({ search: 'monkeys', first: 10, offset: 0 })).items.map((h) => h.paper.id)).toEqual(['p1']);
      });

      it('filters papers by entities (all or any), dates and code links', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const list = async (where: PaperFilter, search?: string) =>
          (await store.listPapers({ where, first: 10, offset: 0, ...(search ? { search } : {}) })).items.map((i) => [i.paper.id, i.score]);
        expect(await list({ allOf: [ids.gsm, ids.sampling] })).toEqual([
          ['p2', 0],
          ['p1', 0],
        ]);
        expect(await list({ anyOf: [ids.gsm, ids.sampling, ids.swe] })).toEqual([
          ['p1', 3],
          ['p2', 2],
          ['p3', 1],
        ]);
        expect(await list({ allOf: [ids.gsm], publishedFrom: '2024-08-01' })).toEqual([['p2', 0]]);
        expect(await list({ allOf: [ids.gsm], publishedTo: '2024-08-01' })).toEqual([['p1', 0]]);
        expect(await list({ hasCode: true })).toEqual([['p3', 0]]);
        expect((await list({ hasCode: false })).map(([id]) => id)).toEqual(['p2', 'p1']);
        expect(await list({ allOf: [ids.gsm, 'benchmark:nosuchthing'] })).toEqual([]);
        expect((await list({ allOf: [ids.gsm] }, 'math')).map(([id]) => id)).toEqual(['p2']);
        const page = await store.listPapers({ where: { allOf: [ids.gsm] }, first: 1, offset: 1 });
        expect([page.totalCount, page.items.map((i) => i.paper.id)]).toEqual([3, ['p1']]);
      });

      it("orders an entity's papers by title when asked", async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const page = await store.papersOfEntity(ids.gsm, { first: 10, offset: 0, orderBy: 'TITLE' });
        expect(page.items.map((l) => l.paper.title)).toEqual(['A Vision Paper', 'Better Sampling for Math', 'Large Language Monkeys']);
      });

      it('finds an entity with a page of its papers in one call, as the two separate calls would', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const query = { first: 2, offset: 1, orderBy: 'PUBLISHED' as const };
        const both = await store.findEntityWithPapers('benchmark', 'gsm 8k', query);
        const entity = await store.findEntity('benchmark', 'gsm 8k');
        expect(both?.entity).toEqual(entity);
        expect(both?.papers).toEqual(await store.papersOfEntity(entity!.id, query));
        expect(both?.papers.items.map((l) => l.paper.id)).toEqual(['p1', 'p3']);
        expect(await store.findEntityWithPapers('benchmark', 'nothing like it', query)).toBeUndefined();
      });

      it("leaves out an entity page's evidence and abstracts only when asked to, with the same papers, order, confidence and role", async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const query = { first: 10, offset: 0 };
        const full = await store.findEntityWithPapers('method', 'repeated sampling', query);
        const lean = await store.findEntityWithPapers('method', 'repeated sampling', {
          ...query,
          withEvidence: false,
          withAbstract: false,
        });
        const shown = (page: typeof full) => page?.papers.items.map((l) => [l.paper.id, l.paper.title, l.confidence, l.role ?? null]);
        expect(shown(lean)).toEqual(shown(full));
        expect(shown(full)?.map(([id, , , role]) => [id, role])).toEqual([
          ['p2', 'used'],
          ['p1', 'proposed'],
        ]);
        expect(full?.papers.items.every((l) => l.evidence.sentence.length > 0 && l.paper.abstract.length > 0)).toBe(true);
        // A store may still read what it was told it need not: each part is the real one or empty.
        for (const [i, link] of (lean?.papers.items ?? []).entries()) {
          expect([full!.papers.items[i]!.evidence, { mention: '', start: 0, end: 0, sentence: '' }]).toContainEqual(link.evidence);
          expect([full!.papers.items[i]!.paper.abstract, '']).toContain(link.paper.abstract);
        }
        expect(lean?.papers.totalCount).toBe(full?.papers.totalCount);
      });

      it('gets entities by id and counts what co-occurs with one', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const [gsm, none] = await store.getEntities([ids.gsm, 'benchmark:none']);
        expect([gsm?.name, gsm?.paperCount, none]).toEqual(['GSM8K', 3, undefined]);
        const methods = await store.coOccurring(ids.gsm, 'method', { first: 10, offset: 0 });
        expect(methods.items.map((c) => [c.entity.name, c.count])).toEqual([['repeated sampling', 2]]);
        const benchmarks = await store.coOccurring(ids.gsm, 'benchmark', { first: 10, offset: 0 });
        expect(benchmarks.items.map((c) => [c.entity.name, c.count])).toEqual([
          ['ImageNet', 1],
          ['SWE-bench Lite', 1],
        ]);
        const second = await store.coOccurring(ids.gsm, 'benchmark', { first: 1, offset: 1 });
        expect([second.totalCount, second.items.map((c) => c.entity.name)]).toEqual([2, ['SWE-bench Lite']]);
        expect((await store.coOccurring('benchmark:none', 'method', { first: 10, offset: 0 })).totalCount).toBe(0);
      });

      it('finds all shortest paths between two nodes as a subgraph', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const twoRoutes = await store.shortestPaths('p1', 'p2', { maxLength: 4, maxPaths: 10 });
        expect(twoRoutes.nodes.map((n) => n.id)).toEqual([ids.gsm, ids.sampling, 'p1', 'p2']);
        expect(twoRoutes.edges.map((e) => e.id)).toEqual([
          `p1->${ids.gsm}`,
          `p1->${ids.sampling}`,
          `p2->${ids.gsm}`,
          `p2->${ids.sampling}`,
        ]);
        expect(twoRoutes.edges[1]).toMatchObject({ source: 'p1', target: ids.sampling, type: 'PROPOSES' });
        const oneRoute = await store.shortestPaths('p1', 'p2', { maxLength: 4, maxPaths: 1 });
        expect(oneRoute.nodes.map((n) => n.id)).toEqual([ids.gsm, 'p1', 'p2']);
        const longer = await store.shortestPaths(ids.swe, ids.imagenet, { maxLength: 4, maxPaths: 10 });
        expect(longer.nodes.map((n) => n.id)).toEqual([ids.gsm, ids.imagenet, ids.swe, 'p1', 'p3']);
        expect(longer.nodes.find((n) => n.id === 'p1')).toMatchObject({ type: 'paper', label: 'Large Language Monkeys', size: 4 });
        expect(await store.shortestPaths(ids.swe, ids.imagenet, { maxLength: 3, maxPaths: 10 })).toEqual({
          nodes: [],
          edges: [],
          truncated: false,
        });
        expect((await store.shortestPaths('p1', 'nope', { maxLength: 4, maxPaths: 10 })).nodes).toEqual([]);
      });

      it('finds paths that pass through no entity of the kinds to avoid, the two ends excepted', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const viaMethod = await store.shortestPaths('p1', 'p2', { maxLength: 4, maxPaths: 10, avoid: ['benchmark'] });
        expect(viaMethod.nodes.map((n) => n.id)).toEqual([ids.sampling, 'p1', 'p2']);
        const viaBenchmark = await store.shortestPaths('p1', 'p2', { maxLength: 4, maxPaths: 10, avoid: ['method', 'topic'] });
        expect(viaBenchmark.nodes.map((n) => n.id)).toEqual([ids.gsm, 'p1', 'p2']);
        // Ends of an avoided kind are still ends; a benchmark between them is not passed.
        const ends = await store.shortestPaths(ids.swe, ids.imagenet, { maxLength: 4, maxPaths: 10, avoid: ['method'] });
        expect(ends.nodes.map((n) => n.id)).toEqual([ids.gsm, ids.imagenet, ids.swe, 'p1', 'p3']);
        expect(
          (await store.shortestPaths(ids.swe, ids.imagenet, { maxLength: 4, maxPaths: 10, avoid: ['benchmark'] })).nodes.map((n) => n.id),
        ).not.toContain(ids.gsm);
      });

      it('walks a neighbourhood by depth, kinds and limit, saying when the limit bit', async () => {
        await store.writePapers([monkeys, sampler, vision]);
        const one = await store.neighborhood(ids.gsm, { depth: 1, limit: 100 });
        expect(one!.nodes.map((n) => n.id)).toEqual([ids.gsm, 'p1', 'p2', 'p3']);
        expect(one!.nodes[0]).toMatchObject({ type: 'benchmark', label: 'GSM8K', size: 3 });
        expect(one!.edges.map((e) => e.id)).toEqual([`p1->${ids.gsm}`, `p2->${ids.gsm}`, `p3->${ids.gsm}`]);
        expect(one!.truncated).toBe(false);
        const limited = await store.neighborhood(ids.gsm, { depth: 1, limit: 2 });
        expect([limited!.nodes.map((n) => n.id), limited!.truncated]).toEqual([[ids.gsm, 'p1'], true]);
        const benchmarksOnly = await store.neighborhood(ids.gsm, { depth: 2, limit: 100, kinds: ['benchmark'] });
        expect(benchmarksOnly!.nodes.map((n) => n.id)).toEqual([ids.gsm, 'p1', 'p2', 'p3', ids.swe, ids.imagenet]);
        expect(benchmarksOnly!.edges).toHaveLength(5);
        expect(await store.neighborhood('nope', { depth: 1, limit: 10 })).toBeUndefined();
      });

      it("counts an entity's papers per year or month, every period of the range, leaving undated papers out", async () => {
        const yearOnly = paper('p5', 'Dated to the Year', [{ type: 'benchmark', name: 'GSM8K' }], { published: '2021' });
        await store.writePapers([monkeys, sampler, vision]);
        expect(await store.trend(ids.gsm, 'YEAR')).toEqual([{ period: '2024', count: 2 }]);
        // August 2024 has no GSM8K paper: it is in the series with 0, not left out.
        expect(await store.trend(ids.gsm, 'MONTH')).toEqual([
          { period: '2024-07', count: 1 },
          { period: '2024-08', count: 0 },
          { period: '2024-09', count: 1 },
        ]);
        await store.writePapers([annotated, yearOnly]);
        expect(await store.trend(ids.gsm, 'YEAR')).toEqual([
          { period: '2021', count: 1 },
          { period: '2022', count: 0 },
          { period: '2023', count: 1 },
          { period: '2024', count: 2 },
        ]);
        // By month, from October 2023 across the new year to September 2024; the paper dated only to 2021 has no month.
        const months = await store.trend(ids.gsm, 'MONTH');
        expect(months.map((m) => m.period)).toEqual([
          '2023-10',
          '2023-11',
          '2023-12',
          '2024-01',
          '2024-02',
          '2024-03',
          '2024-04',
          '2024-05',
          '2024-06',
          '2024-07',
          '2024-08',
          '2024-09',
        ]);
        expect(months.filter((m) => m.count > 0)).toEqual([
          { period: '2023-10', count: 1 },
          { period: '2024-07', count: 1 },
          { period: '2024-09', count: 1 },
        ]);
        expect(await store.trend('benchmark:none', 'YEAR')).toEqual([]);
      });

      it('stores unicode and hostile names exactly as given', async () => {
        const names = ['O\'Brien "quoted" `tick`', 'close } brace // comment', 'Schrödinger bridge — 量子', 'MATCH (n) DETACH DELETE n'];
        await store.writePapers([
          paper(
            'h1',
            'Hostile `names` } //',
            names.map((name) => ({ type: 'method' as const, name })),
          ),
        ]);
        for (const name of names) expect((await store.findEntity('method', name))?.name).toBe(name);
        expect((await store.getPapers(['h1']))[0]?.title).toBe('Hostile `names` } //');
        expect((await store.stats()).papers).toBe(1);
      });

      it("stores each paper's results, linked to its benchmark, metric and subject", async () => {
        await store.writePapers([scored, rival]);
        const byPaper = await store.resultsOfPapers(['r1', 'r2', 'nope']);
        expect(byPaper.get('r1')?.map((r) => [r.benchmarkId, r.value, r.unit, r.isDelta, r.condition ?? null])).toEqual([
          [ids.swe, 15.9, '%', false, 'before'],
          [ids.swe, 56, '%', false, 'after'],
          [ids.swe, 40, 'points', true, null],
          [ids.gsm, 91, '%', false, null],
        ]);
        expect(byPaper.get('r1')?.[0]).toMatchObject({
          paperId: 'r1',
          subjectId: 'model:deepseekv2coderinstruct',
          subject: 'DeepSeek-V2-Coder-Instruct',
          evidence: { mention: '15.9%' },
          confidence: 0.8,
        });
        expect(byPaper.get('r1')?.[3]).toMatchObject({ metricId: 'metric:accuracy', metric: 'accuracy' });
        expect(byPaper.get('r1')?.[3]?.subjectId).toBeUndefined();
        expect(byPaper.has('nope')).toBe(false);
        expect((await store.resultsOfBenchmark(ids.swe)).map((r) => [r.paperId, r.value])).toEqual([
          ['r1', 15.9],
          ['r1', 56],
          ['r1', 40],
          ['r2', 43],
          ['r2', 61],
          ['r2', 12],
        ]);
        expect((await store.allResults()).length).toBe(7);
      });

      it("re-ingesting a paper replaces its results; results change neither links nor the graph's shape", async () => {
        await store.writePapers([scored, rival]);
        const withResultsStats = await store.stats();
        await store.writePapers([{ ...scored, results: scored.results!.slice(3) }]);
        expect((await store.resultsOfPapers(['r1'])).get('r1')?.map((r) => r.value)).toEqual([91]);
        expect(await store.stats()).toEqual(withResultsStats);
        await store.writePapers([
          { ...scored, results: [] },
          { ...rival, results: [] },
        ]);
        expect(await store.allResults()).toEqual([]);
        expect(await store.stats()).toEqual(withResultsStats);
        await store.writePapers([scored]);
        const around = await store.neighborhood('r1', { depth: 2, limit: 100 });
        expect(around?.nodes.every((n) => !n.id.includes('#'))).toBe(true);
        const whole = await store.exportGraph();
        expect(whole.nodes.map((n) => n.id).sort()).toEqual(
          ['r1', 'r2', ids.swe, ids.gsm, 'model:deepseekv2coderinstruct', 'model:gpt4o', 'metric:accuracy', 'metric:errorrate'].sort(),
        );
      });

      it("ranks a benchmark's absolute results best first by the metric's direction, grouped by metric", async () => {
        await store.writePapers([scored, rival]);
        const all = await store.leaderboard(ids.swe, { first: 20, offset: 0 });
        // Deltas are never ranked; groups by metric (unnamed last), each ranked on its own; results naming
        // no metric are listed, highest first, with no rank.
        expect(all.items.map((r) => [r.result.metric ?? null, r.rank, r.result.value])).toEqual([
          ['accuracy', 1, 61],
          ['error rate', 1, 12],
          [null, null, 56],
          [null, null, 43],
          [null, null, 15.9],
        ]);
        expect(all.totalCount).toBe(5);
        const accuracy = await store.leaderboard(ids.swe, { metricId: 'metric:accuracy', metricName: 'Accuracy', first: 20, offset: 0 });
        expect(accuracy.items.map((r) => r.result.value)).toEqual([61]);
        const paged = await store.leaderboard(ids.swe, { first: 2, offset: 3 });
        expect(paged.items.map((r) => [r.rank, r.result.value])).toEqual([
          [null, 43],
          [null, 15.9],
        ]);
        expect(paged.totalCount).toBe(5);
      });

      it('ranks a metric of known direction 1..n and lists one of unknown direction with no rank', async () => {
        const speech = (id: string, wer: number[], coverage: number[]) =>
          withResults(
            paper(
              id,
              `Speech paper ${id}`,
              [
                { type: 'benchmark', name: 'LibriSpeech' },
                { type: 'metric', name: 'word error rate' },
                { type: 'metric', name: 'coverage' },
              ],
              {
                abstract: `On LibriSpeech we reach a word error rate of ${wer.join(', ')} and a coverage of ${coverage.map((c) => `${c}%`).join(', ')}.`,
              },
            ),
            [
              ...wer.map((value) => ({ benchmark: 'LibriSpeech', value, metric: 'word error rate', mention: String(value) })),
              ...coverage.map((value) => ({ benchmark: 'LibriSpeech', value, unit: '%', metric: 'coverage' })),
            ],
          );
        await store.writePapers([speech('s2', [2.1, 3.4], [90]), speech('s1', [1.9, 2.1], [95])]);
        const board = await store.leaderboard('benchmark:librispeech', { first: 20, offset: 0 });
        // Lower word error rate is better; equal values go by paper id. Which way coverage is better the
        // name does not tell: listed highest first, unranked.
        expect(board.items.map((r) => [r.result.metric, r.rank, r.result.value, r.result.paperId])).toEqual([
          ['word error rate', 1, 1.9, 's1'],
          ['word error rate', 2, 2.1, 's1'],
          ['word error rate', 3, 2.1, 's2'],
          ['word error rate', 4, 3.4, 's2'],
          ['coverage', null, 95, 's1'],
          ['coverage', null, 90, 's2'],
        ]);
        expect(board.metrics).toEqual(['word error rate', 'coverage']);
        expect(board.totalCount).toBe(6);
      });

      it('never ranks results in different units against each other', async () => {
        const mixed = withResults(
          paper(
            'u1',
            'Chat Models Compared',
            [
              { type: 'benchmark', name: 'MT-Bench' },
              { type: 'metric', name: 'win rate' },
            ],
            {
              abstract: 'On MT-Bench we reach a win rate of 65%, 0.81 and 0.79 for the baseline, 8.1 and 7.4 points.',
            },
          ),
          [
            { benchmark: 'MT-Bench', value: 65, unit: '%', metric: 'win rate' },
            { benchmark: 'MT-Bench', value: 0.79, metric: 'win rate' },
            { benchmark: 'MT-Bench', value: 0.81, metric: 'win rate' },
            { benchmark: 'MT-Bench', value: 7.4, unit: 'points', metric: 'win rate' },
            { benchmark: 'MT-Bench', value: 8.1 },
          ],
        );
        await store.writePapers([mixed]);
        const board = await store.leaderboard('benchmark:mtbench', { first: 20, offset: 0 });
        // Each unit a group of its own, ranked from 1; the number naming no metric is listed, unranked.
        expect(board.items.map((r) => [r.rank, r.result.value, r.result.unit ?? null])).toEqual([
          [1, 0.81, null],
          [2, 0.79, null],
          [1, 65, '%'],
          [1, 7.4, 'points'],
          [null, 8.1, null],
        ]);
      });

      it('writes a large batch in one call', async () => {
        const batch = Array.from({ length: 2500 }, (_, i) =>
          paper(`bulk-${i}`, `Bulk paper ${i}`, [
            { type: 'benchmark', name: `Set-${i % 50}` },
            { type: 'method', name: 'shared method' },
          ]),
        );
        await store.writePapers(batch);
        const stats = await store.stats();
        expect(stats.papers).toBe(2500);
        expect(stats.byType.find((t) => t.type === 'benchmark')?.count).toBe(50);
        expect((await store.findEntity('method', 'shared method'))?.paperCount).toBe(2500);
      });
    },
  );
  runCurationContract(subject);
}
