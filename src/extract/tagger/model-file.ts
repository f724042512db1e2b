export class TaggerModelError extends Error {
  readonly code = 'TAGGER_MODEL_INVALID';
}

/** The laid-out model (`encodeModel`): fixed-width sections, read in place by `decodeModel`. */
const LAID_OUT = 0x32544750; // "PGT2"
/** The stored model: the same content, its integer sections as varints. */
const PACKED = 0x33544750; // "PGT3"
const HEADER = 20;

const align4 = (n: number): number => (n + 3) & ~3;

/** Where each section of a laid-out model starts, from its header's counts. */
function layout(labels: number, count: number, wordCount: number) {
  const hashesAt = HEADER + (labels + 1) * labels * 4;
  const weightsAt = hashesAt + count * 4;
  const classesAt = align4(weightsAt + count * labels * 2);
  return { hashesAt, weightsAt, classesAt, leavesAt: classesAt + wordCount * 4, length: classesAt + wordCount * 6 };
}

/**
 * The stored form of a laid-out model, about half its size: the header and transitions as they are, then
 * varints: the sorted feature hashes as gaps, each row as a bit mask of its non-zero weights and those
 * weights zigzag-coded (most rows have 7–9 zero weights of 11, most weights are small), the word classes'
 * sorted hashes as gaps and their leaves. A pure function of the laid-out bytes, so a seeded training still
 * writes the same file bit for bit.
 */
export function packModel(laidOut: Uint8Array): Uint8Array {
  const view = new DataView(laidOut.buffer, laidOut.byteOffset, laidOut.byteLength);
  if (laidOut.byteLength < HEADER || view.getUint32(0, true) !== LAID_OUT) throw new TaggerModelError('not a laid-out tagger model');
  const labels = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  const wordCount = view.getUint32(16, true);
  const at = layout(labels, count, wordCount);
  if (laidOut.byteLength !== at.length) throw new TaggerModelError(`model is ${laidOut.byteLength} bytes, expected ${at.length}`);
  const out = new VarintWriter(at.hashesAt + 8);
  out.bytes(laidOut.subarray(0, at.hashesAt));
  out.view.setUint32(0, PACKED, true);
  out.u32(at.length);
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const hash = view.getUint32(at.hashesAt + i * 4, true);
    out.varint(hash - previous);
    previous = hash;
  }
  for (let row = 0; row < count; row++) {
    const from = at.weightsAt + row * labels * 2;
    let mask = 0;
    for (let y = 0; y < labels; y++) if (view.getInt16(from + y * 2, true) !== 0) mask |= 1 << y;
    out.varint(mask);
    for (let y = 0; y < labels; y++) {
      const w = view.getInt16(from + y * 2, true);
      if (w !== 0) out.varint((w << 1) ^ (w >> 31));
    }
  }
  previous = 0;
  for (let i = 0; i < wordCount; i++) {
    const hash = view.getUint32(at.classesAt + i * 4, true);
    out.varint(hash - previous);
    previous = hash;
  }
  for (let i = 0; i < wordCount; i++) out.varint(view.getUint16(at.leavesAt + i * 2, true));
  return out.result();
}

/** The laid-out model of a stored one (a laid-out model is returned as it is). */
export function unpackModel(file: Uint8Array): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.byteLength < 4 || view.getUint32(0, true) !== PACKED) return file;
  if (file.byteLength < HEADER) throw new TaggerModelError('model file is truncated');
  const labels = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  const wordCount = view.getUint32(16, true);
  const at = layout(labels, count, wordCount);
  if (file.byteLength < at.hashesAt + 4) throw new TaggerModelError('model file is truncated');
  if (view.getUint32(at.hashesAt, true) !== at.length) throw new TaggerModelError('model file has an inconsistent header');
  const laidOut = new Uint8Array(at.length);
  laidOut.set(file.subarray(0, at.hashesAt));
  new DataView(laidOut.buffer).setUint32(0, LAID_OUT, true);
  // Every section starts on a 4-byte boundary: written through typed arrays in place (a DataView
  // setter a value took three times as long), and the varints read in a closure over local state.
  const hashes = new Uint32Array(laidOut.buffer, at.hashesAt, count);
  const weights = new Int16Array(laidOut.buffer, at.weightsAt, count * labels);
  const words = new Uint32Array(laidOut.buffer, at.classesAt, wordCount);
  const leaves = new Uint16Array(laidOut.buffer, at.leavesAt, wordCount);
  let next = at.hashesAt + 4;
  const varint = (): number => {
    // Past the end a byte reads undefined, which continues the varint until the length check below fails.
    let byte = file[next++]!;
    if (byte < 128) return byte;
    let value = byte & 127;
    byte = file[next++]!;
    value |= (byte & 127) << 7;
    if (byte < 128) return value;
    byte = file[next++]!;
    value |= (byte & 127) << 14;
    if (byte < 128) return value;
    byte = file[next++]!;
    value |= (byte & 127) << 21;
    if (byte < 128) return value;
    byte = file[next++]!;
    if (byte < 16) return value + byte * 2 ** 28;
    throw new TaggerModelError(next > file.byteLength ? 'model file is truncated' : 'model file has a varint past 32 bits');
  };
  let hash = 0;
  for (let i = 0; i < count; i++) hashes[i] = hash += varint();
  for (let row = 0; row < count; row++) {
    const mask = varint();
    for (let y = 0; y < labels; y++) {
      if (!(mask & (1 << y))) continue;
      const z = varint();
      weights[row * labels + y] = (z >>> 1) ^ -(z & 1);
    }
  }
  hash = 0;
  for (let i = 0; i < wordCount; i++) words[i] = hash += varint();
  for (let i = 0; i < wordCount; i++) leaves[i] = varint();
  if (next > file.byteLength) throw new TaggerModelError('model file is truncated');
  if (next < file.byteLength) throw new TaggerModelError(`model file has ${file.byteLength - next} bytes after its end`);
  if (!LITTLE_ENDIAN) {
    swapBytes(laidOut.subarray(at.hashesAt, at.weightsAt), 4);
    swapBytes(laidOut.subarray(at.weightsAt, at.weightsAt + count * labels * 2), 2);
    swapBytes(laidOut.subarray(at.classesAt, at.leavesAt), 4);
    swapBytes(laidOut.subarray(at.leavesAt), 2);
  }
  return laidOut;
}

class VarintWriter {
  private buffer: Uint8Array;
  view: DataView;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
    this.view = new DataView(this.buffer.buffer);
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  /** An unsigned integer below 2^32, seven bits a byte, low bits first. */
  varint(value: number): void {
    this.reserve(5);
    while (value >= 128) {
      this.buffer[this.length++] = (value & 127) | 128;
      value = Math.floor(value / 128);
    }
    this.buffer[this.length++] = value;
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

function swapBytes(bytes: Uint8Array, width: number): void {
  for (let i = 0; i < bytes.length; i += width) bytes.subarray(i, i + width).reverse();
}
