import { LABEL_COUNT } from './labels.js';

/** int16s per slot: the feature hash (two halves), its LABEL_COUNT weights, padding, and an occupied mark last. */
export const SLOT = 16;
const OCCUPIED = SLOT - 1;

/**
 * Feature hash → its label weights, by open addressing (load ≤ 0.8) over 32-byte slots that hold
 * the hash and the weights together, so a lookup is one cache line where a separate key table and
 * weight table cost two (and a Map lookup per feature is slower still).
 */
export class WeightTable {
  /** Slot i: its hash is `keys[i * SLOT / 2]`, its weights `slots[i * SLOT + 2 …]`, occupied when `slots[i * SLOT + SLOT - 1]` is 1. */
  readonly slots: Int16Array;
  readonly keys: Uint32Array;
  readonly mask: number;
  readonly size: number;

  /** `weights` holds LABEL_COUNT weights per hash, in the order of `hashes`. */
  constructor(hashes: ArrayLike<number>, weights: Int16Array) {
    let capacity = 2;
    while (capacity * 0.8 < hashes.length) capacity <<= 1;
    const buffer = new ArrayBuffer(capacity * SLOT * 2);
    this.slots = new Int16Array(buffer);
    this.keys = new Uint32Array(buffer);
    this.mask = capacity - 1;
    this.size = hashes.length;
    const L = LABEL_COUNT;
    for (let row = 0; row < hashes.length; row++) {
      const hash = hashes[row]! >>> 0;
      let at = hash & this.mask;
      while (this.slots[at * SLOT + OCCUPIED]) at = (at + 1) & this.mask;
      this.keys[(at * SLOT) / 2] = hash;
      this.slots.set(weights.subarray(row * L, row * L + L), at * SLOT + 2);
      this.slots[at * SLOT + OCCUPIED] = 1;
    }
  }

  /** Where a feature's weights start in `slots`, or -1 for a feature the model does not have. */
  offsetOf(hash: number): number {
    const key = hash >>> 0;
    for (let at = key & this.mask; ; at = (at + 1) & this.mask) {
      if (!this.slots[at * SLOT + OCCUPIED]) return -1;
      if (this.keys[at * (SLOT / 2)] === key) return at * SLOT + 2;
    }
  }
}

/** A trained linear-chain tagger: per-feature label weights and label transitions. */
export interface TaggerModel {
  /**
   * feature hash → its LABEL_COUNT weights, quantised as stored: a token's emission scores are
   * integer sums of these (exact, so any order of summing gives the same labels) times `scale`.
   */
  readonly table: WeightTable;
  readonly scale: number;
  /** (LABEL_COUNT + 1) × LABEL_COUNT; the last row scores the first label. */
  readonly transitions: Float64Array;
}

const MAGIC = 0x31544750; // "PGT1"

/**
 * The model as bytes: magic, label count, feature count, weight scale, transitions (float32),
 * sorted feature hashes (uint32), then weights quantised to int16. Little-endian throughout.
 */
export function encodeModel(hashes: readonly number[], weights: Float64Array, transitions: Float64Array): Uint8Array {
  const order = hashes.map((h, i) => [h, i] as const).sort((a, b) => a[0] - b[0]);
  const L = LABEL_COUNT;
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const header = 16;
  const bytes = new Uint8Array(header + transitions.length * 4 + order.length * 4 + order.length * L * 2);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, L, true);
  view.setUint32(8, order.length, true);
  view.setFloat32(12, scale, true);
  let at = header;
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
  return bytes;
}

export class TaggerModelError extends Error {
  readonly code = 'TAGGER_MODEL_INVALID';
}

export function decodeModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16 || view.getUint32(0, true) !== MAGIC) throw new TaggerModelError('not a papergraph tagger model');
  const L = view.getUint32(4, true);
  if (L !== LABEL_COUNT) throw new TaggerModelError(`model has ${L} labels, the tagger ${LABEL_COUNT}`);
  const count = view.getUint32(8, true);
  const scale = view.getFloat32(12, true);
  const expected = 16 + (L + 1) * L * 4 + count * 4 + count * L * 2;
  if (bytes.byteLength !== expected) throw new TaggerModelError(`model is ${bytes.byteLength} bytes, expected ${expected}`);
  let at = 16;
  const transitions = new Float64Array((L + 1) * L);
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = view.getFloat32(at, true);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++, at += 4) hashes[i] = view.getUint32(at, true);
  const weights = new Int16Array(count * L);
  for (let i = 0; i < weights.length; i++, at += 2) weights[i] = view.getInt16(at, true);
  return { table: new WeightTable(hashes, weights), scale, transitions };
}

/** Base64 without Node's Buffer, so the extractor stays free of Node built-ins. */
export function decodeModelBase64(base64: string): TaggerModel {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return decodeModel(bytes);
}
