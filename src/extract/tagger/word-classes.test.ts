import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text-spans.js';
import { tokenFeatures, wordHash } from './features.js';
import { goldLabels } from './gold-labels.js';
import { LABEL_COUNT } from './labels.js';
import { decodeModel, decodeModelBase64, encodeModel } from './model.js';
import { tagSpans } from './tag.js';
import { trainTagger } from './train.js';
import { buildWordClasses, EMPTY_CLASSES, leafOf, NO_CLASS, type WordClasses } from './word-classes.js';

describe('word classes', () => {
  it("finds every word's leaf and none for other words, whatever the hashes collide on", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
        (hashes, probes) => {
          // Hashes that share their low bits probe the same slots.
          const all = [...hashes, ...hashes.slice(0, 20).map((h) => (h ^ 0x80000000) >>> 0)].filter((h, i, a) => a.indexOf(h) === i);
          const leaves = all.map((_, i) => (i * 37) % NO_CLASS);
          const classes = buildWordClasses(all, leaves);
          all.forEach((h, i) => expect(leafOf(classes, h)).toBe(leaves[i]));
          for (const absent of probes.filter((p) => !all.includes(p))) expect(leafOf(classes, absent)).toBe(NO_CLASS);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('travel inside the model file', () => {
    const classes = buildWordClasses([wordHash('kitti'), wordHash('squad')], [403, 392]);
    const bytes = encodeModel([7], new Float64Array(LABEL_COUNT).fill(1), new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT), classes);
    for (const model of [decodeModel(bytes), decodeModelBase64(Buffer.from(bytes).toString('base64'))]) {
      expect(leafOf(model.classes, wordHash('KITTI'))).toBe(403);
      expect(leafOf(model.classes, wordHash('squad'))).toBe(392);
      expect(leafOf(model.classes, wordHash('imagenet'))).toBe(NO_CLASS);
    }
    expect(leafOf(decodeModel(encodeModel([7], new Float64Array(LABEL_COUNT), new Float64Array(132))).classes, wordHash('kitti'))).toBe(
      NO_CLASS,
    );
  });

  // Benchmarks and ordinary nouns after the same words: only a word's class tells a new one apart.
  const train = (classes: WordClasses) => {
    const sentences = ['kitti', 'squad', 'clevr', 'time', 'average', 'purpose'].map((w) => `we report results on ${w} here`);
    const sequences = sentences.map((s) => {
      const tokens = tokenize(s);
      return {
        features: tokenFeatures(s, tokens, [], 0, classes),
        labels: goldLabels(s, tokens, [{ type: 'benchmark', forms: ['kitti', 'squad', 'clevr'] }]),
      };
    });
    return decodeModel(trainTagger(sequences, { epochs: 5, seed: 7, minCount: 1, prune: 0 }).bytes);
  };
  const tagged = (model: ReturnType<typeof train>, word: string) => {
    const text = `we report results on ${word} here`;
    return tagSpans(text, tokenize(text), [], 0, model).map((s) => [s.type, text.slice(s.start, s.end)]);
  };

  it('let the tagger tag a word it never saw by the words that share its class', () => {
    const words = ['kitti', 'squad', 'clevr', 'ffhq', 'time', 'average', 'purpose', 'moment'];
    const classes = buildWordClasses(
      words.map(wordHash),
      words.map((_, i) => (i < 4 ? 403 : 361)),
    );
    const model = train(classes);
    expect(leafOf(model.classes, wordHash('ffhq'))).toBe(403);
    expect(tagged(model, 'ffhq')).toEqual([['benchmark', 'ffhq']]);
    expect(tagged(model, 'moment')).toEqual([]);
    // Without classes the two unseen words have the same features that carry weight, so the same tags.
    const plain = train(EMPTY_CLASSES);
    expect(tagged(plain, 'ffhq').map(([type]) => type)).toEqual(tagged(plain, 'moment').map(([type]) => type));
  });
});
