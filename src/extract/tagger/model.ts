import { LABEL_COUNT } from './labels.js';

/** Feature hash → weight row, by open addressing over typed arrays (a Map lookup per feature is too slow). */
export class FeatureRows {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(hashes: ArrayLike<number>) {
    let capacity = 1;
    while (capacity < hashes.length * 2) capacity <<= 1;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.size = hashes.length;
    for (let row = 0; row < hashes.length; row++) {
      let at = hashes[row]! & this.mask;
      while (this.rows[at] !== -1) at = (at + 1) & this.mask;
      this.keys[at] = hashes[row]!;
      this.rows[at] = row;
    }
  }

  readonly size: number;

  /** The row of a feature, or -1. */
  get(hash: number): number {
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const row = this.rows[at]!;
      if (row === -1 || this.keys[at] === hash) return row;
    }
  }
}

/** A trained linear-chain tagger: per-feature label weights and label transitions. */
export interface TaggerModel {
  /** feature hash → row of LABEL_COUNT weights in `weights` */
  readonly rows: FeatureRows;
  readonly weights: Float32Array;
  /** (LABEL_COUNT + 1) × LABEL_COUNT; the last row scores the first label. */
  readonly transitions: Float32Array;
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
  const transitions = new Float32Array((L + 1) * L);
  for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = view.getFloat32(at, true);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++, at += 4) hashes[i] = view.getUint32(at, true);
  const rows = new FeatureRows(hashes);
  const weights = new Float32Array(count * L);
  for (let i = 0; i < weights.length; i++, at += 2) weights[i] = view.getInt16(at, true) * scale;
  return { rows, weights, transitions };
}

/** Base64 without Node's Buffer, so the extractor stays free of Node built-ins. */
export function decodeModelBase64(base64: string): TaggerModel {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return decodeModel(bytes);
}
