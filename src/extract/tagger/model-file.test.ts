import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_COUNT } from './labels.js';
import { packModel, TaggerModelError, unpackModel } from './model-file.js';
import { decodeModel, decodeModelBase64, encodeModel } from './model.js';
import { TAGGER_MODEL } from './model-data.js';
import { buildWordClasses } from './word-classes.js';

const L = LABEL_COUNT;
const u32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** A laid-out model of random rows: mostly zero weights, as training leaves them, and some at ±scale's ends. */
const laidOutModels = fc
  .record({
    hashes: fc.uniqueArray(u32, { maxLength: 60 }),
    weights: fc.array(
      fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -40, max: 40 }), fc.double({ min: -1e4, max: 1e4, noNaN: true })),
      {
        minLength: 60 * L,
        maxLength: 60 * L,
      },
    ),
    transitions: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: (L + 1) * L, maxLength: (L + 1) * L }),
    words: fc.uniqueArray(u32, { maxLength: 30 }),
    leaf: fc.integer({ min: 0, max: 65534 }),
  })
  .map(({ hashes, weights, transitions, words, leaf }) =>
    encodeModel(
      hashes,
      Float64Array.from(weights.slice(0, hashes.length * L)),
      Float64Array.from(transitions),
      buildWordClasses(
        words,
        words.map((_, i) => (leaf + i * 7919) % 65535),
      ),
    ),
  );

describe('the stored model file', () => {
  it('unpacks to the laid-out bytes it was packed from, byte for byte', () => {
    fc.assert(
      fc.property(laidOutModels, (laidOut) => {
        const packed = packModel(laidOut);
        expect(Buffer.from(unpackModel(packed)).equals(Buffer.from(laidOut))).toBe(true);
        expect(decodeModel(packed)).toEqual(decodeModel(laidOut));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects a cut, a longer or an altered file with a typed error', () => {
    const packed = packModel(
      encodeModel(
        [5, 3, 2 ** 32 - 1],
        Float64Array.from({ length: 3 * L }, (_, i) => (i % 3) * (i - 16)),
        new Float64Array((L + 1) * L),
      ),
    );
    for (let cut = 1; cut < packed.length - 4; cut++) {
      expect(() => unpackModel(packed.subarray(0, packed.length - cut)), `cut ${cut}`).toThrow(TaggerModelError);
    }
    expect(() => unpackModel(Uint8Array.of(...packed, 0))).toThrow(/after its end/);
    const wrongCount = packed.slice();
    wrongCount[8] = 4;
    expect(() => unpackModel(wrongCount)).toThrow(TaggerModelError);
    expect(() => packModel(new Uint8Array(32))).toThrow(/not a laid-out tagger model/);
  });

  it('is the form the shipped model is stored in, and packing its bytes again gives the same file', () => {
    const file = new Uint8Array(Buffer.from(TAGGER_MODEL, 'base64'));
    const laidOut = unpackModel(file);
    expect(laidOut).not.toBe(file);
    expect(Buffer.from(packModel(laidOut)).equals(Buffer.from(file))).toBe(true);
    // Compared as bytes: toEqual walks a 16-million-element table one element at a time.
    const [shipped, fromLaidOut] = [decodeModelBase64(TAGGER_MODEL), decodeModel(laidOut)];
    expect(Buffer.from(shipped.slots.buffer).equals(Buffer.from(fromLaidOut.slots.buffer))).toBe(true);
    expect({ ...shipped, slots: [], keys: [] }).toEqual({ ...fromLaidOut, slots: [], keys: [] });
  });
});
