// npx tsx scripts/word-classes.ts [--out FILE]: unsupervised word classes for the tagger, from the
// unlabeled abstracts of ../shared/data (never the frozen test split, the dev split, the results sets
// or the shipped samples, matched by title as eval/corpus/draw.mjs matches them). Each frequent word's
// left and right neighbours are counted, the square roots of the counts (Hellinger) are projected to
// DIMENSIONS by a seeded random ±1 matrix, and spherical k-means splits the words 16 ways, each class
// 8 ways and each of those 8 ways again (seeded k-means++ starts): a leaf's coarser classes are its
// prefixes, as with Brown clusters. Writes "word<TAB>leaf" lines; seeded, so a rerun gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLASS_BRANCHING } from '../src/extract/tagger/word-classes.js';
import { seededRandom } from '../src/extract/tagger/train.js';
import { tokenize } from '../src/extract/text-spans.js';
import { trainDevSplit, WORD_CLASSES_FILE } from './tagger-corpus.js';

const CORPORA = ['../shared/data/abstracts-arxiv-daily.jsonl', '../shared/data/abstracts-ml-venues.jsonl'];
const EXCLUDED = ['eval/corpus/test-abstracts.jsonl', 'eval/corpus/results-abstracts.jsonl', 'eval/results-dev-abstracts.jsonl'];
/** Words seen fewer times get no class; the most frequent CONTEXTS words are the context vocabulary. */
const MIN_COUNT = 5;
const CONTEXTS = 2000;
const DIMENSIONS = 128;
const ITERATIONS = 12;
const SEED = 1412;

const titleKey = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
const jsonl = (path: string): { title: string; abstract?: string }[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title: string; abstract?: string });

function excludedTitles(): Set<string> {
  const seen = new Set<string>();
  for (const file of EXCLUDED) for (const r of jsonl(file)) seen.add(titleKey(r.title));
  for (const p of trainDevSplit().dev) seen.add(titleKey(p.title));
  for (const line of readFileSync('data/hf-daily-papers-sample.txt', 'utf8').split('\n'))
    if (line.trim().length > 0 && line.length < 300) seen.add(titleKey(line));
  for (const r of jsonl('data/arxiv-recent-sample.jsonl')) seen.add(titleKey(r.title));
  return seen;
}

/** Every kept abstract's lowercase tokens as word ids, documents separated by -1. */
function readCorpus(): { ids: Int32Array; words: string[]; documents: number } {
  const excluded = excludedTitles();
  const idOf = new Map<string, number>();
  const words: string[] = [];
  let ids: Int32Array = new Int32Array(1 << 24);
  let n = 0;
  let documents = 0;
  const seen = new Set<string>();
  for (const file of CORPORA) {
    for (const r of jsonl(file)) {
      const key = titleKey(r.title);
      if (!r.abstract || excluded.has(key) || seen.has(key)) continue;
      seen.add(key);
      documents++;
      for (const part of [r.title, r.abstract]) {
        for (const token of tokenize(part)) {
          const word = token.text.toLowerCase();
          let id = idOf.get(word);
          if (id === undefined) {
            id = words.length;
            idOf.set(word, id);
            words.push(word);
          }
          if (n + 2 > ids.length) ids = growTo(ids, ids.length * 2);
          ids[n++] = id;
        }
        ids[n++] = -1;
      }
    }
  }
  return { ids: ids.subarray(0, n), words, documents };
}

function growTo(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Unit vectors of the frequent words: projected square-rooted counts of their left and right neighbours. */
function contextVectors(ids: Int32Array, words: readonly string[]): { vocabulary: number[]; vectors: Float32Array } {
  const counts = new Uint32Array(words.length);
  for (const id of ids) if (id >= 0) counts[id]!++;
  const byCount = words.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const vocabulary = byCount.filter((id) => counts[id]! >= MIN_COUNT);
  const row = new Int32Array(words.length).fill(-1);
  vocabulary.forEach((id, r) => (row[id] = r));
  // Context index: 0 a document edge, 1 a rare word, 2 + rank for the CONTEXTS most frequent.
  const context = new Uint32Array(words.length).fill(1);
  byCount.slice(0, CONTEXTS).forEach((id, rank) => (context[id] = 2 + rank));
  const side = CONTEXTS + 2;
  const pairs = new Uint32Array(ids.length * 2);
  let p = 0;
  for (let i = 0; i < ids.length; i++) {
    const r = ids[i]! >= 0 ? row[ids[i]!]! : -1;
    if (r < 0) continue;
    const left = i > 0 && ids[i - 1]! >= 0 ? context[ids[i - 1]!]! : 0;
    const right = i + 1 < ids.length && ids[i + 1]! >= 0 ? context[ids[i + 1]!]! : 0;
    pairs[p++] = r * 2 * side + left;
    pairs[p++] = r * 2 * side + side + right;
  }
  const sorted = pairs.subarray(0, p).sort();
  const random = seededRandom(SEED);
  const projection = Float32Array.from({ length: 2 * side * DIMENSIONS }, () => (random() < 0.5 ? -1 : 1));
  const vectors = new Float32Array(vocabulary.length * DIMENSIONS);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const r = Math.floor(sorted[i]! / (2 * side));
    const c = sorted[i]! % (2 * side);
    const weight = Math.sqrt(j - i);
    for (let d = 0; d < DIMENSIONS; d++) vectors[r * DIMENSIONS + d]! += weight * projection[c * DIMENSIONS + d]!;
    i = j;
  }
  for (let r = 0; r < vocabulary.length; r++) normalise(vectors, r * DIMENSIONS);
  return { vocabulary, vectors };
}

function normalise(v: Float32Array, at: number): void {
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += v[at + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) v[at + d]! /= norm;
}

const dot = (a: Float32Array, i: number, b: Float32Array, j: number): number => {
  let s = 0;
  for (let d = 0; d < DIMENSIONS; d++) s += a[i + d]! * b[j + d]!;
  return s;
};

/** Spherical k-means of the rows `members` into k classes, seeded k-means++ starts; each row's class. */
function kmeans(vectors: Float32Array, members: readonly number[], k: number, random: () => number): Uint8Array {
  const assigned = new Uint8Array(members.length);
  if (members.length <= k) return assigned.map((_, i) => i);
  const centroids = new Float32Array(k * DIMENSIONS);
  const nearest = new Float64Array(members.length).fill(Infinity);
  let pick = Math.floor(random() * members.length);
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(members[pick]! * DIMENSIONS, (members[pick]! + 1) * DIMENSIONS), c * DIMENSIONS);
    let total = 0;
    for (let i = 0; i < members.length; i++) {
      nearest[i] = Math.min(nearest[i]!, 1 - dot(vectors, members[i]! * DIMENSIONS, centroids, c * DIMENSIONS));
      total += nearest[i]!;
    }
    let target = random() * total;
    for (pick = 0; pick < members.length - 1 && (target -= nearest[pick]!) > 0; pick++);
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    for (let i = 0; i < members.length; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors, members[i]! * DIMENSIONS, centroids, c * DIMENSIONS);
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      assigned[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < members.length; i++)
      for (let d = 0; d < DIMENSIONS; d++) centroids[assigned[i]! * DIMENSIONS + d]! += vectors[members[i]! * DIMENSIONS + d]!;
    for (let c = 0; c < k; c++) normalise(centroids, c * DIMENSIONS);
  }
  return assigned;
}

/** Each row's leaf: the classes of every level, the coarsest first, as one number. */
function hierarchicalClasses(vectors: Float32Array, rows: number): Uint16Array {
  const leaves = new Uint16Array(rows);
  const random = seededRandom(SEED + 1);
  let groups: number[][] = [Array.from({ length: rows }, (_, r) => r)];
  for (const k of CLASS_BRANCHING) {
    const next: number[][] = [];
    for (const members of groups) {
      const assigned = kmeans(vectors, members, k, random);
      const children: number[][] = Array.from({ length: k }, () => []);
      members.forEach((r, i) => {
        leaves[r] = leaves[r]! * k + assigned[i]!;
        children[assigned[i]!]!.push(r);
      });
      next.push(...children);
    }
    groups = next;
  }
  return leaves;
}

if (process.argv[1]?.endsWith('word-classes.ts')) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: WORD_CLASSES_FILE } } });
  const started = performance.now();
  const { ids, words, documents } = readCorpus();
  const { vocabulary, vectors } = contextVectors(ids, words);
  const leaves = hierarchicalClasses(vectors, vocabulary.length);
  writeFileSync(values.out!, vocabulary.map((id, r) => `${words[id]}\t${leaves[r]}\n`).join(''));
  console.log(
    `${documents} abstracts, ${ids.length} tokens, ${words.length} distinct words; ${vocabulary.length} words seen ≥ ${MIN_COUNT} times ` +
      `classed into ${CLASS_BRANCHING.join(' × ')} leaves, ${((performance.now() - started) / 1000).toFixed(0)} s → ${values.out}`,
  );
}
