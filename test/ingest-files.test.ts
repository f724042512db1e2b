import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFile, type FileItem } from '../src/corpus-files.js';
import { curate } from '../src/curation.js';
import { MemoryStore } from '../src/graph/index.js';
import { MAX_ABSTRACT_CHARS } from '../src/ingest/index.js';
import { ingestFiles, readCorpusFiles, type Logger } from '../src/pipeline.js';

const fixture = (name: string) => `test/fixtures/${name}`;

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) };
}

async function items(file: string, stream = {}): Promise<FileItem[]> {
  const all: FileItem[] = [];
  for await (const item of readCorpusFile(file, undefined, stream)) all.push(item);
  return all;
}

describe('reading corpus files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-files-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams JSON Lines: lines cut across read chunks come out whole', async () => {
    const whole = await items(fixture('dated-gsm8k-papers.jsonl'));
    const chunked = await items(fixture('dated-gsm8k-papers.jsonl'), { chunkBytes: 7 });
    expect(chunked).toEqual(whole);
    expect(whole.length).toBeGreaterThan(1);
  });

  it('dates the JSON, JSON Lines and Atom records without a date with --date, and keeps the dates records give', async () => {
    const dates = async (file: string, date?: string) =>
      (await items(fixture(file), date ? { reader: { date } } : {})).map((i) => [i.paper?.title, i.paper?.published]);
    expect(await dates('two-papers.json', '2024-09')).toEqual([
      ['First', '2024-09'],
      ['Second', '2023-02-01'],
    ]);
    expect(await dates('two-papers.jsonl')).toEqual([
      ['Large Language Monkeys: Scaling Inference Compute with Repeated Sampling', '2024-07-31'],
      ['Untitled Id', undefined],
    ]);
    expect(await dates('two-papers.jsonl', '2024-09-11')).toEqual([
      ['Large Language Monkeys: Scaling Inference Compute with Repeated Sampling', '2024-07-31'],
      ['Untitled Id', '2024-09-11'],
    ]);
  });

  it('reports a line over the length limit at its number without holding it, and reads the next', async () => {
    const file = join(dir, 'long-line-2.jsonl');
    await writeFile(
      file,
      `{"title": "A", "abstract": "Short."}\n{"title": "B", "abstract": "${'x'.repeat(500)}"}\n{"title": "C", "abstract": "Short."}\n`,
    );
    const read = await items(file, { chunkBytes: 64, maxLineBytes: 200 });
    expect(read.map((i) => i.paper?.title ?? i.issues?.map((x) => `${x.line}: ${x.message}`))).toEqual([
      'A',
      ['2: line longer than the limit of 200 bytes'],
      'C',
    ]);
  });

  it('reads 140,000 JSON Lines records (an array spread overflowed the stack)', async () => {
    const file = join(dir, 'many.jsonl');
    await writeFile(file, Array.from({ length: 140_000 }, (_, i) => `{"id": "p${i}", "title": "T${i}", "abstract": "A."}`).join('\n'));
    const { papers } = await readCorpusFiles([file]);
    expect(papers).toHaveLength(140_000);
    expect(papers[139_999]!.source.line).toBe(140_000);
  });

  it.each([
    ['bom-two-papers.jsonl', ['Byte Order Mark First', 'Second']],
    ['bom-one-paper.json', ['Byte Order Mark Array']],
    ['pretty-printed-object.json', ['A Pretty-Printed Paper']],
  ])('reads %s', async (name, titles) => {
    const { papers } = await readCorpusFiles([fixture(name)]);
    expect(papers.map((p) => p.title)).toEqual(titles);
  });

  it('decodes a line that is not UTF-8 as Windows-1252 and warns with its line', async () => {
    const logger = recordingLogger();
    const { papers } = await readCorpusFiles([fixture('latin1-line-1.jsonl')], { logger });
    expect(papers.map((p) => p.title)).toEqual(['Café naïve', 'Plain']);
    expect(logger.lines).toContain(`warn: ${fixture('latin1-line-1.jsonl')}:1: 1 line(s) not valid UTF-8; read as Windows-1252 (Latin-1)`);
  });

  it('streams JSON Lines and warns once, at the end, of the fields no record was read for (a date under another name)', async () => {
    const file = join(dir, 'listing-dates.jsonl');
    await writeFile(
      file,
      '{"title": "A", "abstract": "X.", "year": 2018, "listing_date": "2025-10-13"}\n{"title": "B", "abstract": "Y."}\n',
    );
    const logger = recordingLogger();
    const { papers } = await readCorpusFiles([file], { logger });
    expect(papers.map((p) => [p.title, p.published])).toEqual([
      ['A', '2018'],
      ['B', undefined],
    ]);
    expect(logger.lines.filter((l) => l.startsWith('warn:'))).toEqual([
      `warn: ${file}:1: fields papergraph does not read were ignored: "listing_date" (1 record); a paper's date is read from "published" (YYYY, YYYY-MM or YYYY-MM-DD) or "year"`,
    ]);
  });

  it('locates a JSON array cut short at its line and column', async () => {
    await expect(readCorpusFiles([fixture('cut-array-line-3-column-28.json')])).rejects.toMatchObject({
      issues: [{ file: fixture('cut-array-line-3-column-28.json'), line: 3, column: 28, message: expect.stringMatching(/cut short/) }],
    });
  });

  it('refuses an abstract over the size limit as a problem of its record; --skip-invalid ingests the rest', async () => {
    const file = join(dir, 'huge-abstract-line-2.jsonl');
    await writeFile(
      file,
      `{"title": "A", "abstract": "Short."}\n{"title": "B", "abstract": "${'word '.repeat(MAX_ABSTRACT_CHARS / 5 + 1)}"}\n`,
    );
    await expect(readCorpusFiles([file])).rejects.toMatchObject({
      issues: [
        { file, line: 2, message: `abstract has ${MAX_ABSTRACT_CHARS + 4} characters, more than the limit of ${MAX_ABSTRACT_CHARS}` },
      ],
    });
    expect((await readCorpusFiles([file], { skipInvalid: true })).papers.map((p) => p.title)).toEqual(['A']);
  });

  it('with --skip-invalid skips only the bad file: a feed with a DOCTYPE does not stop the others', async () => {
    const { papers, issues } = await readCorpusFiles([fixture('atom-doctype-system-entity-line-2.atom'), fixture('two-papers.jsonl')], {
      skipInvalid: true,
    });
    expect(papers).toHaveLength(2);
    expect(issues.map((i) => [i.file, i.line])).toEqual([[fixture('atom-doctype-system-entity-line-2.atom'), 2]]);
  });
});

describe('ingesting files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-ingest-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('warns with counts when records share a title and so one paper id', async () => {
    const file = join(dir, 'same-title.jsonl');
    await writeFile(file, Array.from({ length: 10_000 }, (_, i) => `{"title": "One Title", "abstract": "Version ${i}."}`).join('\n'));
    const store = await MemoryStore.open();
    const logger = recordingLogger();
    const summary = await ingestFiles(store, [file], { logger, workers: 0 });
    expect(summary.papers).toBe(1);
    expect(logger.lines.find((l) => l.startsWith('warn:'))).toMatch(
      /^warn: 9999 record\(s\) repeat the id of an earlier record .* and replace it; 1 distinct papers from 10000 records \(first repeat: .*same-title\.jsonl:2 "One Title"\)$/,
    );
    // The last record wins.
    const [paper] = (await store.listPapers({ first: 1, offset: 0 })).items;
    expect(paper!.paper.abstract).toBe('Version 9999.');
    await store.close();
  });

  it('says what happened: each batch extracted and written to the write log as it goes', async () => {
    const dataDir = join(dir, 'data');
    const store = await MemoryStore.open({ dataDir });
    const logger = recordingLogger();
    await ingestFiles(store, [fixture('dated-gsm8k-papers.jsonl')], { logger, batchSize: 2 });
    const progress = logger.lines.filter((l) => !l.startsWith('info: read '));
    expect(progress.at(-1)).toMatch(/^info: waited (?:\d+ ms|\d+\.\d s) for extraction, wrote for (?:\d+ ms|\d+\.\d s)$/);
    const batches = progress.slice(0, -1);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((l) => /^info: extracted and wrote \d+\/\d+ papers to memory store /.test(l))).toBe(true);
    expect(await readdir(dataDir)).toEqual(['graph.log.jsonl']);
    await store.close();
  });

  it('re-ingest skips unchanged papers and rewrites changed ones, and all of them after a hand fix', async () => {
    const file = join(dir, 'reingest.jsonl');
    const record = (i: number, abstract = `We evaluate method ${i} on GSM8K and ImageNet.`) =>
      JSON.stringify({ id: `r${i}`, title: `Paper ${i}`, abstract });
    await writeFile(file, [0, 1, 2].map((i) => record(i)).join('\n'));
    const store = await MemoryStore.open();
    const first = await ingestFiles(store, [file], { workers: 0 });
    const stats = await store.stats();
    expect(first).toMatchObject({ papers: 3, unchanged: 0 });
    const logger = recordingLogger();
    expect(await ingestFiles(store, [file], { workers: 0, logger })).toMatchObject({ papers: 3, unchanged: 3, links: 0 });
    expect(await store.stats()).toEqual(stats);
    // Nothing changed: no batch is extracted or written.
    expect(logger.lines.filter((l) => !l.startsWith('info: read '))).toEqual([
      'info: all 3 papers unchanged, skipped',
      expect.stringMatching(/^info: waited \d+ ms for extraction, wrote for \d+ ms$/),
    ]);

    await writeFile(file, [record(0), record(1, 'We evaluate on CIFAR-10 only.'), record(2)].join('\n'));
    expect(await ingestFiles(store, [file], { workers: 0 })).toMatchObject({ unchanged: 2 });
    expect((await store.linksOfPapers(['r1'])).get('r1')?.map((l) => l.entity.name)).toEqual(['CIFAR-10']);

    await curate(store, { op: 'hide', type: 'benchmark', name: 'ImageNet' });
    expect(await ingestFiles(store, [file], { workers: 0 })).toMatchObject({ unchanged: 0 });
    expect(await ingestFiles(store, [file], { workers: 0 })).toMatchObject({ unchanged: 3 });
    // A different extractor setting is another extraction too.
    expect(await ingestFiles(store, [file], { workers: 0, minConfidence: 0.5 })).toMatchObject({ unchanged: 0 });
    await store.close();
  });
});
