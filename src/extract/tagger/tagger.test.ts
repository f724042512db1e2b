import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidate, type Candidate } from '../candidate.js';
import { defaultExtractorConfig, extractEntities, shippedTagger } from '../index.js';
import { tokenize } from '../text-spans.js';
import { hashString, tokenFeatures, wordShape } from './features.js';
import { goldLabels, partialLabelMasks } from './gold-labels.js';
import { allowed, beginOf, LABEL_COUNT, LABELS } from './labels.js';
import { buildTable, decodeModel, decodeModelBase64, encodeModel, SLOT, TaggerModelError, weightsOffset } from './model.js';
import { consistentTypes, spansOf, tagSpans } from './tag.js';
import { trainTagger, type TrainingSequence } from './train.js';
import { constrainedViterbi, viterbi } from './viterbi.js';

const L = LABEL_COUNT;
const O = 0;
const B_METHOD = beginOf('method');
const I_METHOD = B_METHOD + 1;
const B_TASK = beginOf('task');

function emissionsOf(rows: Record<number, number>[]): Float64Array {
  const e = new Float64Array(rows.length * L);
  rows.forEach((row, t) => {
    for (const [label, score] of Object.entries(row)) e[t * L + Number(label)] = score;
  });
  return e;
}

describe('viterbi', () => {
  it('takes the best whole path, not the best label per token', () => {
    // Token 1 alone prefers I-task, which cannot follow B-method; the chain settles on B-method I-method.
    const emissions = emissionsOf([{ [B_METHOD]: 2 }, { [B_TASK + 1]: 3, [I_METHOD]: 2.5 }, { [O]: 1 }]);
    const { labels, margins } = viterbi(emissions, 3, new Float64Array((L + 1) * L));
    expect([...labels].map((l) => LABELS[l])).toEqual(['B-method', 'I-method', 'O']);
    expect([...margins].every((m) => m > 0)).toBe(true);
  });

  it('never starts inside a span and gives the max-marginal margin', () => {
    const emissions = emissionsOf([{ [I_METHOD]: 5, [O]: 1 }, { [O]: 1 }]);
    const { labels, margins } = viterbi(emissions, 2, new Float64Array((L + 1) * L));
    expect([...labels]).toEqual([O, O]);
    // The best path disagreeing on token 0 labels it B-method (0) instead of O (1).
    expect(margins[0]).toBeCloseTo(1);
  });

  it('decodes with the transition weights as they are at each call (training changes them in place)', () => {
    // Emissions alone prefer B-method B-method; a heavy B-method → I-method transition makes it one span.
    const emissions = emissionsOf([{ [B_METHOD]: 2 }, { [B_METHOD]: 2, [I_METHOD]: 1 }]);
    const transitions = new Float64Array((L + 1) * L);
    expect([...viterbi(emissions, 2, transitions).labels]).toEqual([B_METHOD, B_METHOD]);
    transitions[B_METHOD * L + I_METHOD] = 5;
    expect([...viterbi(emissions, 2, transitions).labels]).toEqual([B_METHOD, I_METHOD]);
  });

  // Every allowed labelling of a short chain, scored the slow way.
  function bruteForce(emissions: Float64Array, n: number, transitions: Float64Array, masks?: Uint16Array) {
    const paths: { labels: number[]; score: number }[] = [];
    const extend = (labels: number[], score: number): void => {
      const t = labels.length;
      if (t === n) return void paths.push({ labels, score });
      for (let y = 0; y < L; y++) {
        const previous = t === 0 ? undefined : labels[t - 1];
        if (!allowed(previous, y) || (masks && !((masks[t]! >> y) & 1))) continue;
        extend([...labels, y], score + transitions[(previous ?? L) * L + y]! + emissions[t * L + y]!);
      }
    };
    extend([], 0);
    return paths;
  }
  const chains = fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      emissions: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n * L, maxLength: n * L }),
      transitions: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: (L + 1) * L, maxLength: (L + 1) * L }),
      masks: fc.array(fc.integer({ min: 1, max: (1 << L) - 1 }), { minLength: n, maxLength: n }),
    }),
  );
  // Scores are integers plus a small unique offset per label and token, so that the best path is unique.
  const scored = (c: { n: number; emissions: number[]; transitions: number[] }) => ({
    emissions: Float64Array.from(c.emissions, (e, i) => e + i * 1e-4),
    transitions: Float64Array.from(c.transitions, (x, i) => x + i * 1e-7),
  });

  it('finds the best allowed path and every max-marginal margin, as enumerating all paths does', () => {
    fc.assert(
      fc.property(chains, (c) => {
        const { emissions, transitions } = scored(c);
        const paths = bruteForce(emissions, c.n, transitions);
        const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
        const { labels, margins } = viterbi(emissions, c.n, transitions);
        expect([...labels]).toEqual(best.labels);
        for (let t = 0; t < c.n; t++) {
          const other = Math.max(...paths.filter((p) => p.labels[t] !== best.labels[t]).map((p) => p.score));
          expect(margins[t]).toBeCloseTo(best.score - other, 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('decodes within per-token label masks, as enumerating the allowed paths does', () => {
    fc.assert(
      fc.property(chains, (c) => {
        const { emissions, transitions } = scored(c);
        const masks = Uint16Array.from(c.masks);
        const paths = bruteForce(emissions, c.n, transitions, masks);
        fc.pre(paths.length > 0);
        const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
        expect([...constrainedViterbi(emissions, c.n, transitions, masks)]).toEqual(best.labels);
      }),
      { numRuns: 60 },
    );
  });

  it('handles an empty sequence', () => {
    expect(viterbi(new Float64Array(0), 0, new Float64Array((L + 1) * L)).labels).toHaveLength(0);
  });
});

describe('tagger features', () => {
  it('reduces words to shapes and hashes strings stably', () => {
    expect(wordShape('GPT-4o')).toBe('X-dx');
    expect(wordShape('ResNet50')).toBe('XxXxd');
    expect(wordShape('Ångström')).toBe('Xx');
    expect(hashString('bert')).toBe(hashString('xbert', 1));
    expect(hashString('bert')).not.toBe(hashString('gpt'));
  });

  const featureSets = (text: string, rules: Candidate[]) => {
    const { hashes, offsets } = tokenFeatures(text, tokenize(text), rules, 0);
    expect(offsets[offsets.length - 1]).toBe(hashes.length);
    return Array.from({ length: offsets.length - 1 }, (_, t) => new Set(hashes.slice(offsets[t], offsets[t + 1])));
  };
  const shared = (a: Set<number>, b: Set<number>) => [...a].filter((h) => b.has(h)).length;

  it('describes a word by itself and its neighbours', () => {
    const sets = featureSets('We use token here and token there', []);
    const [token, again, other] = [sets[2], sets[5], sets[6]];
    // The same word in another context shares its word, shape and affix features, not its window.
    expect(shared(token!, again!)).toBeGreaterThanOrEqual(8);
    expect(shared(token!, again!)).toBeLessThan(token!.size);
    expect(shared(token!, other!)).toBeLessThan(shared(token!, again!));
  });

  it('adds what the rules claimed to the tokens they cover and their neighbours', () => {
    const text = 'We use token masking here today';
    const rule = candidate({ type: 'method', name: 'token masking', key: 'token masking', start: 7, end: 20, confidence: 0.45 });
    const without = featureSets(text, []);
    const withRule = featureSets(text, [rule]);
    const changed = withRule.map((set, t) => shared(set, without[t]!) !== set.size);
    // "use" and "here" see the rule as context; "token masking" carry it; "We" and "today" are out of reach.
    expect(changed).toEqual([false, true, true, true, true, false]);
    expect(withRule[2]!.size).toBeGreaterThan(without[2]!.size);
  });
});

describe('gold labels', () => {
  it('labels every occurrence, the longer form first, acronyms in their own case', () => {
    const text = 'Llama 3.1 8B beats Llama on MAP, not on the map.';
    const tokens = tokenize(text);
    const labels = goldLabels(text, tokens, [
      { type: 'model', forms: ['Llama 3.1 8B', 'Llama'] },
      { type: 'metric', forms: ['MAP'] },
    ]);
    expect(spansOf(text, tokens, labels).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['model', 'Llama 3.1 8B'],
      ['model', 'Llama'],
      ['metric', 'MAP'],
    ]);
  });
});

// A toy language: techniques end in "ing" after "we use"; everything else is outside.
function toySequences(): TrainingSequence[] {
  const sentences = [
    'we use token masking on data',
    'we use weight pruning on text',
    'we use layer freezing on images',
    'they read data on text',
  ];
  return sentences.map((s) => {
    const tokens = tokenize(s);
    const labels = goldLabels(s, tokens, [{ type: 'method', forms: ['token masking', 'weight pruning', 'layer freezing'] }]);
    return { features: tokenFeatures(s, tokens, [], 0), labels };
  });
}

const TOY = { epochs: 5, seed: 7, minCount: 1, prune: 0 };

describe('type consistency', () => {
  it('gives every mention of a name the type of the mention the tagger is surest of', () => {
    const text = 'We build LintSeq. To test lintseq on a dataset, and BERT on GLUE.';
    const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
    const spans = consistentTypes(text, [
      { type: 'method', ...at('LintSeq'), margin: 150 },
      { type: 'benchmark', ...at('lintseq'), margin: 7 },
      { type: 'model', ...at('BERT'), margin: 3 },
      { type: 'benchmark', ...at('GLUE'), margin: 90 },
    ]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([
      ['LintSeq', 'method'],
      ['lintseq', 'method'],
      ['BERT', 'model'],
      ['GLUE', 'benchmark'],
    ]);
  });
});

describe('partial labels', () => {
  const text = 'We train CRF models with SGD on the Penn Treebank';
  const tokens = tokenize(text);
  const span = (phrase: string, types: ('method' | 'model' | 'benchmark')[]) => ({
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
    types,
  });
  const allowedAt = (masks: Uint16Array, word: string) => {
    const t = tokens.findIndex((k) => k.text === word);
    return LABELS.filter((_, y) => (masks[t]! >> y) & 1);
  };

  it('lets a span be one of its types, or outside unless strict, and the rest only what the corpus does not annotate', () => {
    const spans = [span('CRF models', ['method', 'model']), span('Penn Treebank', ['benchmark'])];
    const lenient = partialLabelMasks(tokens, spans, { outside: ['method'], strict: false });
    expect(allowedAt(lenient, 'models')).toEqual(['O', 'B-method', 'I-method', 'B-model', 'I-model']);
    expect(allowedAt(lenient, 'SGD')).toEqual(['O', 'B-method', 'I-method']);
    const strict = partialLabelMasks(tokens, spans, { outside: [], strict: true });
    expect(allowedAt(strict, 'CRF')).toEqual(['B-method', 'B-model']);
    expect(allowedAt(strict, 'models')).toEqual(['I-method', 'I-model']);
    expect(allowedAt(strict, 'Treebank')).toEqual(['I-benchmark']);
    expect(allowedAt(strict, 'SGD')).toEqual(['O']);
    expect(allowedAt(partialLabelMasks(tokens, spans, { outside: 'any', strict: true }), 'SGD')).toEqual(LABELS);
  });

  it('leaves a token a span boundary cuts through free', () => {
    const masks = partialLabelMasks(tokens, [{ start: text.indexOf('RF'), end: text.indexOf('RF') + 2, types: ['model'] }], {
      outside: [],
      strict: true,
    });
    expect(allowedAt(masks, 'CRF')).toEqual(LABELS);
  });

  it('trains on the best completion within the masks: a tagger learns what only partial labels say', () => {
    // The corpus marks techniques after "we use" and says nothing about the token after them.
    const sentences = [
      'we use token masking on data',
      'we use weight pruning on text',
      'we use layer freezing on images',
      'they read data on text',
    ];
    const sequences = sentences.map((s) => {
      const tokens = tokenize(s);
      const target = /use (\w+ \w+)/.exec(s);
      const spans = target ? [{ start: target.index + 4, end: target.index + target[0].length, types: ['method' as const] }] : [];
      return {
        features: tokenFeatures(s, tokens, [], 0),
        labels: new Uint8Array(tokens.length),
        masks: partialLabelMasks(tokens, spans, { outside: [], strict: true }),
      };
    });
    const model = decodeModel(trainTagger(sequences, TOY).bytes);
    const probe = 'we use head pruning on data';
    expect(tagSpans(probe, tokenize(probe), [], 0, model).map((s) => probe.slice(s.start, s.end))).toEqual(['head pruning']);
  });
});

describe('training', () => {
  it('learns the toy language and tags an unseen technique', () => {
    const model = decodeModel(trainTagger(toySequences(), TOY).bytes);
    const text = 'we use head pruning on data';
    const spans = tagSpans(text, tokenize(text), [], 0, model);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([['method', 'head pruning']]);
  });

  it('is deterministic: the same data and seed give the same bytes', () => {
    const once = trainTagger(toySequences(), TOY).bytes;
    const twice = trainTagger(toySequences(), TOY).bytes;
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    expect(Buffer.from(trainTagger(toySequences(), { ...TOY, seed: 8 }).bytes).equals(Buffer.from(once))).toBe(false);
  });

  it("finds every feature's weights in the table and no others, whatever the hashes collide on", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
        (hashes, probes) => {
          // Hashes that share their low bits probe the same slots.
          const all = [...hashes, ...hashes.slice(0, 20).map((h) => (h ^ 0x80000000) >>> 0)].filter((h, i, a) => a.indexOf(h) === i);
          const weights = Int16Array.from({ length: all.length * L }, (_, i) => (i % 2000) - 1000);
          const table = buildTable(all, weights);
          all.forEach((h, row) => {
            const at = weightsOffset(table, h);
            expect([...table.slots.subarray(at, at + L)]).toEqual([...weights.subarray(row * L, row * L + L)]);
          });
          for (const absent of probes.filter((p) => !all.includes(p))) expect(weightsOffset(table, absent)).toBe(-1);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('round-trips a model through its bytes and rejects what is not one', () => {
    const bytes = encodeModel(
      [5, 3],
      Float64Array.from({ length: 2 * L }, (_, i) => i - 10),
      new Float64Array((L + 1) * L).fill(0.5),
    );
    for (const model of [decodeModel(bytes), decodeModel(bytes, { shared: true })]) {
      expect(weightsOffset(model, 4)).toBe(-1);
      expect(model.slots[weightsOffset(model, 5) + 1]! * model.scale).toBeCloseTo(-9, 2);
      expect(model.slots[weightsOffset(model, 3) + 1]! * model.scale).toBeCloseTo(2, 2);
      expect(model.transitions[0]).toBeCloseTo(0.5);
    }
    expect(decodeModel(bytes, { shared: true }).slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(() => decodeModel(bytes.slice(0, 20))).toThrow(TaggerModelError);
    for (let cut = 0; cut < 3; cut++) {
      // Every padding length: the file's own base64 decodes to the same model as its bytes.
      const file = bytes.slice(0, bytes.length - cut);
      const copy = new Uint8Array(file.length + 1).subarray(1);
      copy.set(file);
      if (cut === 0) expect(decodeModelBase64(Buffer.from(file).toString('base64'))).toEqual(decodeModel(copy));
      else expect(() => decodeModelBase64(Buffer.from(file).toString('base64'))).toThrow(/expected/);
    }
    expect(() => decodeModelBase64(Buffer.from(bytes).toString('base64').replace('A', '!'))).toThrow(/not base64/);
    expect(() => decodeModel(new Uint8Array(32))).toThrow(/not a papergraph tagger model/);
  });
});

describe('the shipped model', () => {
  it('loads once and feeds the default extractor', () => {
    const model = shippedTagger();
    expect(shippedTagger()).toBe(model);
    expect(model.slots.filter((_, i) => i % SLOT === SLOT - 1 && model.slots[i] === 1).length).toBeGreaterThan(1000);
    expect(defaultExtractorConfig().tagger).toBe(model);
    expect(defaultExtractorConfig({ combination: 'rules' }).tagger).toBeUndefined();
  });

  it('is plain typed arrays: a structured clone, as a worker thread receives it, tags the same', () => {
    const text = 'We fine-tune Llama 3.1 8B with LoRA on GSM8K and report accuracy.';
    const rules: Candidate[] = [];
    const spans = tagSpans(text, tokenize(text), rules, 0, shippedTagger());
    expect(spans.length).toBeGreaterThan(0);
    expect(tagSpans(text, tokenize(text), rules, 0, structuredClone(shippedTagger()))).toEqual(spans);
  });

  it('gives the same entities on every call', () => {
    const paper = {
      title: 'Token Masking for Speech',
      abstract: 'We apply token masking and a cosine scheduler to WidgetNet on LibriSpeech.',
    };
    const config = defaultExtractorConfig();
    expect(extractEntities(paper, config)).toEqual(extractEntities(paper, config));
  });
});

describe('rules and tagger combined', () => {
  const paper = {
    title: 'Widget Scheduling for Diffusion Models',
    abstract:
      'We propose WidgetNet, trained with token masking and a cosine noise scheduler. On ImageNet and CIFAR-10 it improves FID ' +
      'over Stable Diffusion. Code: https://github.com/org/widgetnet.',
  };
  const rules = extractEntities(paper, defaultExtractorConfig({ combination: 'rules' }));
  const combined = extractEntities(paper, defaultExtractorConfig());
  const ids = (entities: typeof rules) => entities.map((e) => `${e.type}:${e.key}`);

  it('keeps what the precise rules find: links and lexicon names', () => {
    const precise = rules.filter((e) => e.type === 'repo' || e.confidence >= 0.85);
    expect(precise.length).toBeGreaterThan(2);
    expect(ids(combined)).toEqual(expect.arrayContaining(ids(precise)));
  });

  it('gives every tagger entity exact evidence and a method role', () => {
    for (const e of combined) {
      expect(`${paper.title}\n\n${paper.abstract}`.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.mention);
      expect(e.role !== undefined).toBe(e.type === 'method');
    }
  });
});
