import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidate.js';
import { defaultExtractorConfig, extractEntities, shippedTagger } from '../index.js';
import { tokenize } from '../text-spans.js';
import { hashString, tokenFeatures, wordShape } from './features.js';
import { goldLabels } from './gold-labels.js';
import { beginOf, LABEL_COUNT, LABELS } from './labels.js';
import { decodeModel, encodeModel, TaggerModelError } from './model.js';
import { spansOf, tagSpans } from './tag.js';
import { trainTagger, type TrainingSequence } from './train.js';
import { viterbi } from './viterbi.js';

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
    const { labels, margins } = viterbi(emissions, 3, new Float32Array((L + 1) * L));
    expect([...labels].map((l) => LABELS[l])).toEqual(['B-method', 'I-method', 'O']);
    expect([...margins].every((m) => m > 0)).toBe(true);
  });

  it('never starts inside a span and gives the max-marginal margin', () => {
    const emissions = emissionsOf([{ [I_METHOD]: 5, [O]: 1 }, { [O]: 1 }]);
    const { labels, margins } = viterbi(emissions, 2, new Float32Array((L + 1) * L));
    expect([...labels]).toEqual([O, O]);
    // The best path disagreeing on token 0 labels it B-method (0) instead of O (1).
    expect(margins[0]).toBeCloseTo(1);
  });

  it('handles an empty sequence', () => {
    expect(viterbi(new Float64Array(0), 0, new Float32Array((L + 1) * L)).labels).toHaveLength(0);
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
    const rule: Candidate = { type: 'method', name: 'token masking', key: 'token masking', start: 7, end: 20, confidence: 0.45 };
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

  it('round-trips a model through its bytes and rejects what is not one', () => {
    const bytes = encodeModel(
      [5, 3],
      Float64Array.from({ length: 2 * L }, (_, i) => i - 10),
      new Float64Array((L + 1) * L).fill(0.5),
    );
    const model = decodeModel(bytes);
    expect(model.rows.get(5)).toBe(1);
    expect(model.rows.get(4)).toBe(-1);
    // Rows are stored by hash: the row given second (hash 3) comes first.
    expect(model.weights[model.rows.get(5)! * L + 1]).toBeCloseTo(-9, 2);
    expect(model.weights[model.rows.get(3)! * L + 1]).toBeCloseTo(2, 2);
    expect(model.transitions[0]).toBeCloseTo(0.5);
    expect(() => decodeModel(bytes.slice(0, 20))).toThrow(TaggerModelError);
    expect(() => decodeModel(new Uint8Array(32))).toThrow(/not a papergraph tagger model/);
  });
});

describe('the shipped model', () => {
  it('loads once and feeds the default extractor', () => {
    const model = shippedTagger();
    expect(shippedTagger()).toBe(model);
    expect(model.rows.size).toBeGreaterThan(1000);
    expect(defaultExtractorConfig().tagger).toBe(model);
    expect(defaultExtractorConfig({ combination: 'rules' }).tagger).toBeUndefined();
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
