import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/graph/index.js';
import { ingestFiles } from '../../src/pipeline.js';
import { startApi, type ApiHarness } from '../support/api.js';

/**
 * Every ```graphql block of the README, in order, with the data and the paths and messages of the errors its
 * answer shows when a ```json answer follows it directly (the partial-response example).
 */
export function readmeQueries(markdown: string): { query: string; data?: unknown; errorPaths: string[]; errorMessages: string[] }[] {
  return [...markdown.matchAll(/^```graphql\n([\s\S]*?)^```$(?:\s*^```json\n([\s\S]*?)^```$)?/gm)].map((m) => {
    const answer = m[2] ? (JSON.parse(m[2]) as { data?: unknown; errors?: { path?: (string | number)[]; message: string }[] }) : {};
    const errors = answer.errors ?? [];
    return {
      query: m[1]!.trim(),
      ...(answer.data === undefined ? {} : { data: answer.data }),
      errorPaths: errors.map((e) => (e.path ?? []).join('.')),
      errorMessages: errors.map((e) => e.message),
    };
  });
}

/** What `npm start` ingests: the files after `--ingest` and the `--year`/`--date` of the start script. */
export function startScriptInputs(script: string): { files: string[]; year?: number; date?: string } {
  const words = script.split(/\s+/);
  const at = words.indexOf('--ingest');
  const files = at < 0 ? [] : words.slice(at + 1).filter((_, i, rest) => !rest.slice(0, i + 1).some((w) => w.startsWith('--')));
  const value = (flag: string) => (words.includes(flag) ? words[words.indexOf(flag) + 1] : undefined);
  const year = value('--year');
  const date = value('--date');
  return { files, ...(year ? { year: Number(year) } : {}), ...(date ? { date } : {}) };
}

/** Where an answer is empty: a null or an empty list for a top-level field, no edges or nodes, a zero totalCount. */
function emptyParts(value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [`${path} is null`];
  if (Array.isArray(value)) return value.length === 0 ? [`${path} is []`] : [];
  if (typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const found: string[] = [];
  if (object['totalCount'] === 0) found.push(`${path}.totalCount is 0`);
  for (const key of ['edges', 'nodes'])
    if (Array.isArray(object[key]) && (object[key] as unknown[]).length === 0) found.push(`${path}.${key} is []`);
  return found;
}

/**
 * The README's answer tables: a ```graphql block, then "answers, on what `npm start` loads (N … in all):"
 * and a markdown table whose columns include `score` and `paper`.
 */
export function readmeAnswerTables(markdown: string): { query: string; totalCount: number; rows: { score: string; paper: string }[] }[] {
  const pattern =
    /^```graphql\n((?:(?!```)[\s\S])*)^```\n\nanswers, on what `npm start` loads \(([\d,]+) [^)]* in all\):\n\n((?:^\|.*\|\n)+)/gm;
  return [...markdown.matchAll(pattern)].map((m) => {
    const [header, , ...body] = m[3]!
      .trim()
      .split('\n')
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const column = (name: string) => header!.indexOf(name);
    return {
      query: m[1]!.trim(),
      totalCount: Number(m[2]!.replace(/,/g, '')),
      rows: body.map((cells) => ({ score: cells[column('score')]!, paper: cells[column('paper')]! })),
    };
  });
}

/** The README's answers shown in prose after their query: a ```graphql block, "it answers:" and a ```json block (the leaderboard's). */
export function readmeProseAnswers(markdown: string): { query: string; data: unknown }[] {
  const pattern = /^```graphql\n((?:(?!```)[\s\S])*)^```\n\n[^\n]*it answers:\n\n```json\n([\s\S]*?)^```$/gm;
  return [...markdown.matchAll(pattern)].map((m) => ({ query: m[1]!.trim(), data: JSON.parse(m[2]!) as unknown }));
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
const inputs = startScriptInputs(pkg.scripts.start);
const readme = readFileSync('README.md', 'utf8');
const queries = readmeQueries(readme);
const tables = readmeAnswerTables(readme);
const proseAnswers = readmeProseAnswers(readme);

describe('README examples on what `npm start` loads', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    const store = await MemoryStore.open();
    const { files, ...pageDate } = inputs;
    await ingestFiles(store, files, { pageDate });
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.server.stop();
  });

  it('finds the start script inputs and the README queries', () => {
    expect(inputs.files.length).toBeGreaterThan(0);
    expect(queries.length).toBeGreaterThan(5);
    expect(tables.length).toBeGreaterThan(0);
    expect(proseAnswers.length).toBeGreaterThan(0);
  });

  it.each(proseAnswers.map((a, i) => [i + 1, a] as const))(
    'answer %i shown after "it answers:" is what the query answers now',
    async (_n, answer) => {
      const { data, errors } = await api.query(answer.query);
      expect(errors).toBeUndefined();
      expect(data).toEqual(answer.data);
    },
  );

  it.each(tables.map((t, i) => [i + 1, t] as const))('answer table %i is what the query answers now', async (_n, table) => {
    const { data, errors } = await api.query(table.query);
    expect(errors).toBeUndefined();
    const [connection] = Object.values(data!) as { totalCount: number; edges: { score: number; node: { title: string } }[] }[];
    const rows = connection!.edges.map((e) => ({ score: e.score.toFixed(2), paper: e.node.title }));
    expect({ totalCount: connection!.totalCount, rows }).toEqual({ totalCount: table.totalCount, rows: table.rows });
  });

  it.each(queries.map((q, i) => [i + 1, q.query.split('\n').slice(0, 2).join(' ').slice(0, 60), q] as const))(
    'example %i (%s) answers with the errors its README answer shows (none in most) and something in every other field',
    async (_n, _head, { query, data: shown, errorPaths, errorMessages }) => {
      const { data, errors } = await api.query(query);
      if (shown !== undefined) expect(data).toEqual(shown);
      expect((errors ?? []).map((e) => (e.path ?? []).join('.'))).toEqual(errorPaths);
      expect((errors ?? []).map((e) => e.message)).toEqual(errorMessages);
      const empty = Object.entries(data ?? {})
        .filter(([field]) => !errorPaths.includes(field))
        .flatMap(([field, value]) => emptyParts(value, field));
      expect(empty, JSON.stringify(data).slice(0, 400)).toEqual([]);
    },
  );
});
