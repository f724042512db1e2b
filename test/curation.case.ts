import { beforeEach, describe, expect, it } from 'vitest';
import { curate, removeFix, unhide, type CurationRequest } from '../src/curation.js';
import { applyOverrides, overrideTarget, type GraphStore } from '../src/graph/index.js';
import { ENTITY_TYPES, type ExtractedPaper, type PaperInput } from '../src/model/index.js';
import { writeInputs } from '../src/pipeline.js';
import { paper, withResults } from './support/papers.js';

const INPUT: ExtractedPaper[] = [
  paper('c1', 'Monkeys', [
    { type: 'benchmark', name: 'SWE-bench Lite', aliases: ['SWE-bench', 'SWE-Lite'] },
    { type: 'model', name: 'GPT-4o' },
    { type: 'benchmark', name: 'GSM8K' },
  ]),
  paper('c2', 'Sampling for Math', [
    { type: 'benchmark', name: 'GSM8K' },
    { type: 'model', name: 'GPT-4' },
  ]),
  paper('c3', 'A Vision Paper', [
    { type: 'benchmark', name: 'ImageNet' },
    { type: 'benchmark', name: 'GSM8K' },
  ]),
];
// The same papers mentioning nothing: writing them drops every entity, so the next write rebuilds
// them from extraction alone, and only the recorded fixes can make them curated again.
const BARE = INPUT.map(({ paper }) => ({ paper, entities: [] }));

/** Re-ingest as the pipeline does it: the same extraction, the store's fixes re-applied. */
async function reingest(store: GraphStore, batch: readonly ExtractedPaper[] = INPUT): Promise<void> {
  await store.writePapers(applyOverrides(batch, await store.listOverrides()));
}

/** Checks after the fix, after re-ingesting the same input, and after the entities were rebuilt. */
async function holdsThroughReingest(store: GraphStore, check: () => Promise<void>): Promise<void> {
  await check();
  await reingest(store);
  await check();
  await reingest(store, BARE);
  await reingest(store);
  await check();
}

// Records the shipped extractor reads (unlike INPUT), so undoing a fix can extract them again.
const RECORDS: PaperInput[] = [
  ['c1', 'Monkeys', 'We evaluate GPT-4o on SWE-bench Lite and GSM8K, reaching 91% accuracy on GSM8K.'],
  ['c2', 'Sampling for Math', 'GPT-4 solves 80% of GSM8K problems with chain-of-thought prompting.'],
  ['c3', 'A Vision Paper', 'We train ResNet-50 on ImageNet and test it on GSM8K.'],
].map(([id, title, abstract]) => ({ id: id!, title: title!, abstract: abstract!, source: { format: 'json', file: 'test', line: 1 } }));
const NAMES = ['GPT-4', 'GPT-4o', 'GSM8K', 'ImageNet', 'ILSVRC 2012', 'Grade School Math', 'OpenAI GPT-4', 'SWE-bench Lite'];

/** Everything a query can see of the graph: entities with names and aliases, lookups by name, links, results, fixes. */
async function dump(store: GraphStore): Promise<unknown> {
  const entities = [];
  for (const type of ENTITY_TYPES) {
    const page = await store.listEntities({ type, orderBy: 'NAME', first: 100, offset: 0 });
    entities.push(...page.items.map((e) => ({ ...e, aliases: [...e.aliases].sort() })));
  }
  const found = [];
  for (const type of ['model', 'benchmark'] as const) {
    for (const name of NAMES) found.push([type, name, (await store.findEntity(type, name))?.id ?? null]);
  }
  const ids = RECORDS.map((r) => r.id);
  const links = [...(await store.linksOfPapers(ids))].map(([paper, list]) => [
    paper,
    list.map((l) => [l.entity.id, l.entity.name, l.evidence.mention, l.confidence]).sort(),
  ]);
  const results = [...(await store.resultsOfPapers(ids))].sort();
  return { entities, found, links, results, overrides: (await store.listOverrides()).map((o) => o.id), stats: await store.stats() };
}

/** Hand fixes (merge, rename, alias, hide) on one store: applied at once and again by every re-ingest. */
export function runCurationContract(subject: { name: string; open: () => Promise<GraphStore>; skip?: string }): void {
  describe.skipIf(subject.skip !== undefined)(`curation: ${subject.name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      await store?.close();
      store = await subject.open();
      await store.writePapers(INPUT);
    });

    it('merges two entities: both names find the one left, with the papers of both', async () => {
      await curate(store, { op: 'merge', type: 'model', from: 'gpt 4', into: 'GPT-4o' });
      await holdsThroughReingest(store, async () => {
        const merged = await store.findEntity('model', 'GPT-4');
        expect(merged).toMatchObject({ id: 'model:gpt4o', name: 'GPT-4o', paperCount: 2 });
        expect(merged!.aliases).toContain('GPT-4');
        expect(await store.findEntity('model', 'gpt-4o')).toEqual(merged);
        expect(await store.getEntities(['model:gpt4'])).toEqual([undefined]);
        const links = (await store.linksOfPapers(['c2'])).get('c2')!;
        expect(links.filter((l) => l.entity.type === 'model').map((l) => [l.entity.name, l.evidence.mention])).toEqual([
          ['GPT-4o', 'GPT-4'],
        ]);
        const models = await store.listEntities({ type: 'model', orderBy: 'NAME', first: 10, offset: 0 });
        expect(models.items.map((e) => e.name)).toEqual(['GPT-4o']);
      });
    });

    it('renames an entity: the old name stays an alias', async () => {
      await curate(store, { op: 'rename', type: 'benchmark', name: 'gsm8k', to: 'Grade School Math 8K' });
      await holdsThroughReingest(store, async () => {
        const renamed = await store.findEntity('benchmark', 'grade-school math 8k');
        expect(renamed).toMatchObject({ id: 'benchmark:gsm8k', name: 'Grade School Math 8K', paperCount: 3 });
        expect(renamed!.aliases).toContain('GSM8K');
        expect(await store.findEntity('benchmark', 'GSM8K')).toEqual(renamed);
        const page = await store.listEntities({ type: 'benchmark', orderBy: 'PAPER_COUNT', first: 1, offset: 0 });
        expect(page.items[0]!.name).toBe('Grade School Math 8K');
      });
    });

    it('adds an alias', async () => {
      await curate(store, { op: 'alias', type: 'benchmark', name: 'ImageNet', alias: 'ILSVRC 2012' });
      await holdsThroughReingest(store, async () => {
        const found = await store.findEntity('benchmark', 'ilsvrc-2012');
        expect(found).toMatchObject({ id: 'benchmark:imagenet', name: 'ImageNet', paperCount: 1 });
        expect(found!.aliases).toContain('ILSVRC 2012');
      });
    });

    it('hides an entity from every query, and unhides it', async () => {
      const before = await store.stats();
      await curate(store, { op: 'hide', type: 'benchmark', name: 'imagenet' });
      await holdsThroughReingest(store, async () => {
        expect(await store.findEntity('benchmark', 'ImageNet')).toBeUndefined();
        expect(await store.getEntities(['benchmark:imagenet'])).toEqual([undefined]);
        const links = (await store.linksOfPapers(['c3'])).get('c3')!;
        expect(links.map((l) => l.entity.name)).toEqual(['GSM8K']);
        const benchmarks = await store.listEntities({ type: 'benchmark', orderBy: 'NAME', first: 10, offset: 0 });
        expect(benchmarks.items.map((e) => e.name)).toEqual(['GSM8K', 'SWE-bench Lite']);
        expect((await store.listPapers({ where: { anyOf: ['benchmark:imagenet'] }, first: 10, offset: 0 })).totalCount).toBe(0);
        const around = await store.neighborhood('c3', { depth: 1, limit: 50 });
        expect(around!.nodes.map((n) => n.id)).not.toContain('benchmark:imagenet');
        const stats = await store.stats();
        expect(stats.byType.find((t) => t.type === 'benchmark')!.count).toBe(2);
        expect(stats.edges).toBe(before.edges - 1);
      });
      const { papers } = await unhide(store, 'benchmark', 'ImageNet');
      expect(papers).toBe(1);
      expect(await store.findEntity('benchmark', 'imagenet')).toMatchObject({ name: 'ImageNet', paperCount: 1 });
      expect(await store.listOverrides()).toEqual([]);
    });

    it("keeps a paper's results on the curated entities: a merge repoints them, a hide drops those on the hidden benchmark", async () => {
      const reported = withResults(
        paper('c4', 'Results', [
          { type: 'benchmark', name: 'GSM8K' },
          { type: 'benchmark', name: 'ImageNet' },
          { type: 'model', name: 'GPT-4' },
          { type: 'metric', name: 'accuracy' },
        ]),
        [
          { benchmark: 'GSM8K', value: 91, unit: '%', metric: 'accuracy', subject: { type: 'model', name: 'GPT-4' } },
          { benchmark: 'ImageNet', value: 80, unit: '%', subject: { type: 'model', name: 'GPT-4' } },
        ],
      );
      await store.writePapers([reported]);
      await curate(store, { op: 'merge', type: 'model', from: 'GPT-4', into: 'GPT-4o' });
      await curate(store, { op: 'hide', type: 'benchmark', name: 'ImageNet' });
      await curate(store, { op: 'hide', type: 'metric', name: 'accuracy' });
      const check = async () => {
        const results = (await store.resultsOfPapers(['c4'])).get('c4') ?? [];
        expect(results.map((r) => [r.benchmarkId, r.value, r.subjectId, r.subject, r.metricId ?? null, r.metric ?? null])).toEqual([
          ['benchmark:gsm8k', 91, 'model:gpt4o', 'GPT-4o', null, null],
        ]);
        expect(await store.resultsOfBenchmark('benchmark:imagenet')).toEqual([]);
        expect((await store.leaderboard('benchmark:gsm8k', { first: 10, offset: 0 })).items.map((i) => i.result.subjectId)).toEqual([
          'model:gpt4o',
        ]);
      };
      await check();
      await reingest(store, [reported]);
      await check();
    });

    it.each<[string, CurationRequest]>([
      ['merge', { op: 'merge', type: 'model', from: 'GPT-4', into: 'GPT-4o' }],
      ['rename', { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'Grade School Math' }],
      ['alias', { op: 'alias', type: 'model', name: 'GPT-4', alias: 'OpenAI GPT-4' }],
      ['hide', { op: 'hide', type: 'benchmark', name: 'GSM8K' }],
    ])('removes a %s fix: the graph is as if it had never been made, the other fixes kept', async (_, request) => {
      await store.writePapers(BARE);
      await writeInputs(store, RECORDS);
      await curate(store, { op: 'alias', type: 'benchmark', name: 'ImageNet', alias: 'ILSVRC 2012' });
      const without = await dump(store);
      const fix = await curate(store, request);
      expect(await dump(store)).not.toEqual(without);
      const { override, papers } = await removeFix(store, fix.id);
      expect(override.id).toBe(fix.id);
      expect(papers).toBeGreaterThan(0);
      expect(await dump(store)).toEqual(without);
      await writeInputs(store, RECORDS);
      expect(await dump(store)).toEqual(without);
    });

    it.each<[string, CurationRequest]>([
      ['merge', { op: 'merge', type: 'model', from: 'GPT-4', into: 'GPT-4o' }],
      ['hide', { op: 'hide', type: 'benchmark', name: 'GSM8K' }],
    ])('undoes a %s fix in one store write: a process that dies at its next write leaves no half-undone graph', async (_, request) => {
      await store.writePapers(BARE);
      await writeInputs(store, RECORDS);
      const without = await dump(store);
      const fix = await curate(store, request);
      const withFix = await dump(store);
      // The process dies at the second write the undo makes: every write after the first throws.
      let writes = 0;
      const dying = new Proxy(store, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver) as unknown;
          if (typeof value !== 'function') return value;
          if (!['writePapers', 'undoOverride', 'applyOverride'].includes(String(key))) return value.bind(target);
          return (...args: unknown[]) => {
            if (++writes > 1) throw new Error('killed');
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      await removeFix(dying, fix.id).catch(() => undefined);
      expect(writes).toBe(1);
      expect(await dump(store)).toEqual(without);
      expect(withFix).not.toEqual(without);
    });

    it('undoOverride forgets a fix and writes its batches in order in one commit; an unknown fix writes nothing', async () => {
      const fix = await curate(store, { op: 'alias', type: 'benchmark', name: 'ImageNet', alias: 'ILSVRC 2012' });
      const before = await dump(store);
      expect(await store.undoOverride('no-such-fix', [BARE])).toBe(false);
      expect(await dump(store)).toEqual(before);
      expect(await store.undoOverride(fix.id, [BARE, INPUT.slice(2)])).toBe(true);
      expect(await store.listOverrides()).toEqual([]);
      // The first batch dropped every entity; the second brought back c3's alone, without the alias.
      expect(await store.findEntity('benchmark', 'ILSVRC 2012')).toBeUndefined();
      expect(await store.findEntity('benchmark', 'ImageNet')).toMatchObject({ paperCount: 1, aliases: [] });
      expect(await store.findEntity('model', 'GPT-4o')).toBeUndefined();
      expect((await store.stats()).papers).toBe(3);
    });

    it('refuses to remove a fix a later one builds on, or one that is not there, and changes nothing', async () => {
      await store.writePapers(BARE);
      await writeInputs(store, RECORDS);
      const merge = await curate(store, { op: 'merge', type: 'model', from: 'GPT-4', into: 'GPT-4o' });
      const rename = await curate(store, { op: 'rename', type: 'model', name: 'GPT-4o', to: 'GPT-4 omni' });
      const before = await dump(store);
      await expect(removeFix(store, merge.id)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: `the later fix ${rename.id} (rename) is about the same model; remove it first, then ${merge.id}`,
      });
      await expect(removeFix(store, 'no-such-fix')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await dump(store)).toEqual(before);
      await removeFix(store, rename.id);
      await removeFix(store, merge.id);
      expect(await store.listOverrides()).toEqual([]);
      expect(await store.findEntity('model', 'GPT-4')).toMatchObject({ id: 'model:gpt4', name: 'GPT-4', aliases: [] });
    });

    it('removes a fix by the start of its id when no other id starts so', async () => {
      const at = new Date().toISOString();
      const gsm = overrideTarget((await store.findEntity('benchmark', 'GSM8K'))!);
      const imagenet = overrideTarget((await store.findEntity('benchmark', 'ImageNet'))!);
      await store.applyOverride({ id: 'abc-1', at, op: 'alias', entity: gsm, alias: 'Grade School Math' });
      await store.applyOverride({ id: 'abc-2', at, op: 'alias', entity: imagenet, alias: 'ILSVRC 2012' });
      await expect(removeFix(store, 'abc')).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: '"abc" starts the ids of 2 hand fixes; give more of the id',
      });
      await expect(removeFix(store, '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await removeFix(store, 'abc-2')).override.id).toBe('abc-2');
      expect((await removeFix(store, 'ab')).override.id).toBe('abc-1');
      expect(await store.listOverrides()).toEqual([]);
    });

    it('lists the fixes oldest first', async () => {
      await curate(store, { op: 'alias', type: 'benchmark', name: 'ImageNet', alias: 'ILSVRC 2012' });
      await curate(store, { op: 'rename', type: 'model', name: 'GPT-4', to: 'GPT-4 (2023)' });
      await curate(store, { op: 'hide', type: 'benchmark', name: 'swe bench lite' });
      const listed = await store.listOverrides();
      expect(listed.map((o) => o.op)).toEqual(['alias', 'rename', 'hide']);
      expect(listed[2]).toMatchObject({ entity: { id: 'benchmark:swebenchlite', name: 'SWE-bench Lite' }, papers: ['c1'] });
    });

    it('refuses fixes that change nothing: a rename to the name it has, an alias it already has', async () => {
      await curate(store, { op: 'merge', type: 'model', from: 'GPT-4o', into: 'GPT-4' });
      const merged = await store.listOverrides();
      await expect(curate(store, { op: 'rename', type: 'model', name: 'GPT-4o', to: 'GPT-4' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: 'the model is already named "GPT-4": nothing to rename',
      });
      await expect(curate(store, { op: 'rename', type: 'model', name: 'GPT-4', to: ' GPT-4 ' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      for (const alias of ['GPT-4o', 'gpt 4', 'GPT-4']) {
        await expect(curate(store, { op: 'alias', type: 'model', name: 'GPT-4', alias })).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
          message: `${JSON.stringify(alias)} already finds the model "GPT-4": nothing to add`,
        });
      }
      expect(await store.listOverrides()).toEqual(merged);
      // Case is a change of name, not a no-op.
      await curate(store, { op: 'rename', type: 'model', name: 'GPT-4', to: 'gpt-4' });
      expect(await store.findEntity('model', 'GPT-4')).toMatchObject({ name: 'gpt-4' });
    });

    it('refuses fixes that would make names ambiguous, and changes nothing', async () => {
      await expect(curate(store, { op: 'rename', type: 'benchmark', name: 'GSM8K', to: 'swe bench lite' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: '"swe bench lite" already names the benchmark "SWE-bench Lite"; merge the two instead',
      });
      await expect(curate(store, { op: 'alias', type: 'benchmark', name: 'GSM8K', alias: 'ImageNet' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      await expect(curate(store, { op: 'merge', type: 'benchmark', from: 'GSM8K', into: 'gsm-8k' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: '"GSM8K" and "gsm-8k" are already one benchmark',
      });
      await expect(curate(store, { op: 'hide', type: 'benchmark', name: 'No Such Set' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(unhide(store, 'benchmark', 'GSM8K')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await store.listOverrides()).toEqual([]);
      expect(await store.findEntity('benchmark', 'GSM8K')).toMatchObject({ name: 'GSM8K', aliases: [] });
    });
  });
}
