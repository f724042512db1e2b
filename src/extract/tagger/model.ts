import { LABEL_COUNT } from './labels.js';
import { TaggerModelError, unpackModel } from './model-file.js';
import { buildWordClasses, EMPTY_CLASSES, wordClassEntries, type WordClasses } from './word-classes.js';

/** int16s per slot: the feature hash (two halves), its LABEL_COUNT weights, padding, and an occupied mark last. */
export const SLOT = 16;
const OCCUPIED = SLOT - 1;

/**
 * A trained linear-chain tagger, as plain typed arrays (no class, no Map), so that a worker thread can
 * receive it by structured clone, or share it when the arrays sit on a SharedArrayBuffer.
 */
export interface TaggerModel {
  /**
   * Feature hash → its label weights, by open addressing at load ≤ 0.4 over 32-byte slots that hold
   * the hash and the weights together, so a lookup mostly reads one cache line. Slot i: its hash is
   * `keys[i * SLOT / 2]`, its weights `slots[i * SLOT + 2 …]`, occupied when `slots[i * SLOT + SLOT - 1]`
   * is 1; `keys` and `slots` view the same memory. Measured against hashes and rows in a separate
   * index (two cache lines per hit) and against load 0.8: 15–20% less time in the emission sums.
   */
  readonly slots: Int16Array;
  readonly keys: Uint32Array;
  /** Slot count − 1 (a power of two − 1). */
  readonly mask: number;
  /**
   * The weights are quantised as stored: a token's emission scores are integer sums of them (exact,
   * so any order of summing gives the same labels) times `scale`.
   */
  readonly scale: number;
  /** (LABEL_COUNT + 1) × LABEL_COUNT; the last row scores the first label. */
  readonly transitions: Float64Array;
  /** The word classes the model was trained with (its features read them). */
  readonly classes: WordClasses;
}

/** Where a feature's weights start in `model.slots`, or -1 for a feature the model does not have. */
export function weightsOffset(model: Pick<TaggerModel, 'slots' | 'keys' | 'mask'>, hash: number): number {
  const { slots, keys, mask } = model;
  const key = hash >>> 0;
  for (let at = key & mask; ; at = (at + 1) & mask) {
    if (!slots[at * SLOT + OCCUPIED]) return -1;
    if (keys[at * (SLOT / 2)] === key) return at * SLOT + 2;
  }
}

/** The slot table of `hashes` and their LABEL_COUNT `weights` each, in `Memory` (a SharedArrayBuffer to share it). */
export function buildTable(
  hashes: ArrayLike<number>,
  weights: Int16Array,
  Memory: ArrayBufferConstructor | SharedArrayBufferConstructor = ArrayBuffer,
): Pick<TaggerModel, 'slots' | 'keys' | 'mask'> {
  let capacity = 2;
  while (capacity * 0.4 < hashes.length) capacity <<= 1;
  const memory = new Memory(capacity * SLOT * 2);
  const slots = new Int16Array(memory);
  const keys = new Uint32Array(memory);
  const mask = capacity - 1;
  const L = LABEL_COUNT;
  // The weights are copied one by one: a subarray and a set per row (382k rows) took ~190 ms CPU, this ~140.
  for (let row = 0, from = 0; row < hashes.length; row++, from += L) {
    const hash = hashes[row]! >>> 0;
    let at = hash & mask;
    while (slots[at * SLOT + OCCUPIED]) at = (at + 1) & mask;
    keys[(at * SLOT) / 2] = hash;
    const to = at * SLOT + 2;
    for (let y = 0; y < L; y++) slots[to + y] = weights[from + y]!;
    slots[at * SLOT + OCCUPIED] = 1;
  }
  return { slots, keys, mask };
}

const MAGIC = 0x32544750; // "PGT2"
const HEADER = 20;

/**
 * The model as bytes: magic, label count, feature count, weight scale, word-class count, transitions
 * (float32), sorted feature hashes (uint32), weights quantised to int16, then (from a 4-byte boundary)
 * the word classes' hashes, sorted (uint32), and their leaves (uint16). Little-endian throughout.
 */
export function encodeModel(
  hashes: readonly number[],
  weights: Float64Array,
  transitions: Float64Array,
  classes: WordClasses = EMPTY_CLASSES,
): Uint8Array {
  const order = hashes.map((h, i) => [h, i] as const).sort((a, b) => a[0] - b[0]);
  const L = LABEL_COUNT;
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const entries = wordClassEntries(classes);
  const words = entries.hashes.map((h, i) => [h, entries.leaves[i]!] as const).sort((a, b) => a[0] - b[0]);
  const classesAt = align4(HEADER + transitions.length * 4 + order.length * 4 + order.length * L * 2);
  const bytes = new Uint8Array(classesAt + words.length * 6);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, L, true);
  view.setUint32(8, order.length, true);
  view.setFloat32(12, scale, true);
  view.setUint32(16, words.length, true);
  let at = HEADER;
  for (const t of transitions) {
    view.setFloat32(at, t, true);
    at += 4;
  }
  for (const [h] of order) {
    view.setUint32(at, h, true);
    at += 4;
  }
  for (const [, row] of order) {
    for (let y = 0; y < L; y++) {
      view.setInt16(at, Math.round(weights[row * L + y]! / scale), true);
      at += 2;
    }
  }
  words.forEach(([hash, leaf], i) => {
    view.setUint32(classesAt + i * 4, hash, true);
    view.setUint16(classesAt + words.length * 4 + i * 2, leaf, true);
  });
  return bytes;
}

const align4 = (n: number): number => (n + 3) & ~3;

export { TaggerModelError };

export interface DecodeOptions {
  /** Put the model's arrays on SharedArrayBuffers, so worker threads can share one copy. */
  readonly shared?: boolean;
}

/** The model of a laid-out or a stored (`packModel`) file. */
export function decodeModel(file: Uint8Array, options: DecodeOptions = {}): TaggerModel {
  const bytes = unpackModel(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC) throw new TaggerModelError('not a papergraph tagger model');
  const L = view.getUint32(4, true);
  if (L !== LABEL_COUNT) throw new TaggerModelError(`model has ${L} labels, the tagger ${LABEL_COUNT}`);
  const count = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  const wordCount = view.getUint32(16, true);
  const classesAt = align4(HEADER + (L + 1) * L * 4 + count * 4 + count * L * 2);
  const expected = classesAt + wordCount * 6;
  if (bytes.byteLength !== expected) throw new TaggerModelError(`model is ${bytes.byteLength} bytes, expected ${expected}`);
  const Memory = options.shared ? SharedArrayBuffer : ArrayBuffer;
  const transitions = new Float64Array(new Memory((L + 1) * L * 8));
  for (let i = 0; i < transitions.length; i++) transitions[i] = view.getFloat32(HEADER + i * 4, true);
  const hashesAt = HEADER + transitions.length * 4;
  const weightsAt = hashesAt + count * 4;
  const table = buildTable(readUint32s(bytes, hashesAt, count), readInt16s(bytes, weightsAt, count * L), Memory);
  const classes = buildWordClasses(readUint32s(bytes, classesAt, wordCount), readUint16s(bytes, classesAt + wordCount * 4, wordCount));
  return { ...table, scale, transitions, classes };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

// The file is little-endian: on a little-endian machine an aligned section is read in place, as a view.
function readUint32s(bytes: Uint8Array, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, count * 4);
  return Uint32Array.from({ length: count }, (_, i) => view.getUint32(i * 4, true));
}

function readUint16s(bytes: Uint8Array, at: number, count: number): Uint16Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset + at, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, count * 2);
  return Uint16Array.from({ length: count }, (_, i) => view.getUint16(i * 2, true));
}

function readInt16s(bytes: Uint8Array, at: number, count: number): Int16Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset + at, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, count * 2);
  return Int16Array.from({ length: count }, (_, i) => view.getInt16(i * 2, true));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code → its six bits; 64 marks a character base64 does not use ("=" pads, so it reads 0). */
const SEXTET = Uint8Array.from({ length: 128 }, (_, code) => (code === 61 ? 0 : BASE64.indexOf(String.fromCharCode(code)) & 127));

/**
 * Base64 without Node's Buffer, so the extractor stays free of Node built-ins; decoded straight into
 * bytes, four characters at a time (atob and a copy out of its string took about three times as long).
 */
export function decodeModelBase64(base64: string, options: DecodeOptions = {}): TaggerModel {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  if (base64.length % 4 !== 0) throw new TaggerModelError('model is not base64');
  const bytes = new Uint8Array((base64.length / 4) * 3 - padding);
  let invalid = 0;
  let out = 0;
  for (let i = 0; i < base64.length; i += 4) {
    const a = SEXTET[base64.charCodeAt(i)] ?? 64;
    const b = SEXTET[base64.charCodeAt(i + 1)] ?? 64;
    const c = SEXTET[base64.charCodeAt(i + 2)] ?? 64;
    const d = SEXTET[base64.charCodeAt(i + 3)] ?? 64;
    invalid |= a | b | c | d;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[out++] = n >> 16;
    if (out < bytes.length) bytes[out++] = (n >> 8) & 255;
    if (out < bytes.length) bytes[out++] = n & 255;
  }
  if (invalid & 64) throw new TaggerModelError('model is not base64');
  return decodeModel(bytes, options);
}
