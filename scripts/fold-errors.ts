// npx tsx scripts/fold-errors.ts [--retrain] [--combination rules|combined] [--unseen SET,SET]: error analysis on
// unseen text for rule work. The same two folds as scripts/tune-combine.ts (scripts/fold-taggers.ts: each fold's tagger
// trains on everything else); the fold taggers are cached in test-output/ (--retrain makes them again, as a
// rule change alters their stacked features). --unseen eval/corpus/train5 scores annotated sets the shipped
// tagger did not train on with the shipped tagger instead (no folds). Prints the scorer's figures summed over both folds and writes
// every error, classed, to test-output/fold-errors-<combination>.tsv:
//   missed   wrong-type: predicted as another type · boundary: a predicted mention overlaps the gold one · absent
//   false    wrong-type: gold has it as another type · boundary: overlaps a gold mention · spurious
//   role     a matched method whose role differs from the gold one (gold→predicted)
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultExtractorConfig, extractEntities, shippedTagger, type Combination } from '../src/extract/index.js';
import type { ExtractedEntity } from '../src/model/index.js';
import { scorePredictions, writePredictions } from './predictions.js';
import { roleScore } from './role-accuracy.js';
import { extraTrainPapers, loadAnnotated, type AnnotatedPaper } from './tagger-corpus.js';
import { foldPapers, foldTagger, retrainFolds } from './fold-taggers.js';

const { values } = parseArgs({
  options: {
    retrain: { type: 'boolean', default: false },
    combination: { type: 'string', default: 'combined' },
    unseen: { type: 'string' },
  },
});
if (values.retrain) await retrainFolds();
const combination = values.combination as Combination;
const TYPES = ['method', 'benchmark', 'model', 'task', 'metric'] as const;
const FIELD = { method: 'methods', benchmark: 'benchmarks', model: 'models', task: 'tasks', metric: 'metrics' } as const;

mkdirSync('test-output', { recursive: true });
const unseen = values.unseen?.split(',').flatMap((set) => loadAnnotated(`${set}-abstracts.jsonl`, `${set}-gold.jsonl`));
const papers = unseen ?? extraTrainPapers();

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
const singular = (w: string): string =>
  w
    .replace(/ies$/, 'y')
    .replace(/(ss|x|ch|sh)es$/, '$1')
    .replace(/(?<![su])s$/, '');
const variants = (s: string): string[] => {
  const n = norm(s);
  return n ? [n, singular(n)] : [];
};
interface Gold {
  name: string;
  mention?: string;
  aliases?: string[];
  optional?: boolean;
  role?: string;
}
const goldForms = (g: Gold): Set<string> => new Set([g.name, g.mention ?? '', ...(g.aliases ?? [])].flatMap(variants));
const predForms = (e: ExtractedEntity): Set<string> => new Set([e.name, e.evidence.mention].flatMap(variants));
const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

function overlapsInText(text: string, a: string, b: string): boolean {
  const lt = text.toLowerCase();
  const i = lt.indexOf(a.toLowerCase());
  const j = lt.indexOf(b.toLowerCase());
  return i >= 0 && j >= 0 && i < j + b.length && j < i + a.length;
}

const rows: string[] = [];
const extracted: { title: string; entities: ExtractedEntity[] }[] = [];
const golds: string[] = [];
for (const k of unseen ? [0] : [0, 1]) {
  const tagger = unseen ? shippedTagger() : foldTagger(k);
  const config = combination === 'rules' ? defaultExtractorConfig({ combination }) : { ...defaultExtractorConfig({ combination }), tagger };
  for (const p of unseen ?? foldPapers(k, papers)) {
    const entities = extractEntities(p, config);
    extracted.push({ title: p.title, entities });
    golds.push(p.gold);
    classify(p, entities);
  }
  process.stderr.write(`fold ${k + 1} of 2 extracted\n`);
}

function classify(p: AnnotatedPaper, entities: readonly ExtractedEntity[]): void {
  const gold = JSON.parse(p.gold) as Record<string, Gold[] | undefined>;
  const text = `${p.title}\n${p.abstract}`;
  for (const type of TYPES) {
    const goldList = gold[FIELD[type]] ?? [];
    const predicted = entities.filter((e) => e.type === type);
    const used = new Set<number>();
    for (const e of predicted) {
      const pf = predForms(e);
      const hit = goldList.findIndex((g, i) => !used.has(i) && meets(pf, goldForms(g)));
      if (hit >= 0) {
        used.add(hit);
        const role = goldList[hit]!.role;
        if (type === 'method' && role && e.role && role !== e.role) {
          const where = e.evidence.start < p.title.length ? 'title' : e.evidence.sentence.slice(0, 80);
          rows.push(['role', `${role}→${e.role}`, e.name, where, p.title.slice(0, 70)].join('\t'));
        }
        continue;
      }
      if (goldList.some((g) => meets(pf, goldForms(g)))) continue;
      const other = TYPES.find((t) => t !== type && (gold[FIELD[t]] ?? []).some((g) => meets(pf, goldForms(g))));
      const near = [...TYPES.flatMap((t) => gold[FIELD[t]] ?? [])].find((g) =>
        overlapsInText(text, e.evidence.mention, g.mention ?? g.name),
      );
      const kind = other ? `wrong-type(${other})` : near ? `boundary(${near.mention ?? near.name})` : 'spurious';
      rows.push(['false', type, kind, e.name, e.evidence.mention, p.title.slice(0, 70)].join('\t'));
    }
    goldList.forEach((g, i) => {
      if (used.has(i) || g.optional) return;
      const gf = goldForms(g);
      const other = entities.find((e) => e.type !== type && meets(predForms(e), gf));
      const near = entities.find((e) => e.type !== 'topic' && overlapsInText(text, e.evidence.mention, g.mention ?? g.name));
      const kind = other ? `wrong-type(${other.type})` : near ? `boundary(${near.type}:${near.evidence.mention})` : 'absent';
      rows.push(['missed', type, kind, g.name, g.mention ?? '', p.title.slice(0, 70)].join('\t'));
    });
  }
}

const goldFile = 'test-output/fold-gold.jsonl';
const predFile = `test-output/fold-pred-${combination}.jsonl`;
writeFileSync(goldFile, golds.join('\n') + '\n');
writePredictions(predFile, extracted);
const s = scorePredictions(goldFile, predFile);
const roles = roleScore(goldFile, extracted);
const out = `test-output/fold-errors-${combination}.tsv`;
writeFileSync(out, rows.sort().join('\n') + '\n');
console.log(
  `${combination}, ${papers.length} abstracts ${unseen ? `of ${values.unseen} (shipped tagger)` : 'over 2 folds'} (errors in ${out})`,
);
for (const t of [...TYPES, 'any-type']) {
  const v = s[t]!;
  console.log(
    `${t.padEnd(10)} P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)}  tp ${v.tp} fp ${v.fp} fn ${v.fn}`,
  );
}
console.log(`roles ${(roles.right / Math.max(1, roles.matched)).toFixed(3)} (${roles.right} of ${roles.matched})`);
