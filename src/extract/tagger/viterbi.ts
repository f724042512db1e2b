import { allowed, LABEL_COUNT } from './labels.js';

const L = LABEL_COUNT;
// ALLOWED[p * L + y]: may label y follow p (p = L: the start)?
const ALLOWED = Uint8Array.from({ length: (L + 1) * L }, (_, i) =>
  allowed(Math.floor(i / L) === L ? undefined : Math.floor(i / L), i % L) ? 1 : 0,
);

export interface Decoded {
  readonly labels: Uint8Array;
  /** Per token: best path score minus the best score of any path that labels this token otherwise. */
  readonly margins: Float64Array;
}

/**
 * Max-sum forward pass of a linear chain: best score of a path ending in each label at each token,
 * and the back-pointers. `masks`, when given, holds per token the labels allowed there (bit y for
 * label y): a partially labelled sequence is decoded to its best completion that way. O and B-X may
 * follow any label, I-X only B-X and I-X, so those take two comparisons, not eleven.
 */
function forward(
  emissions: Float64Array,
  n: number,
  transitions: Float64Array,
  masks?: Uint16Array,
): { alpha: Float64Array; back: Uint8Array } {
  const alpha = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    const open = ALLOWED[L * L + y] && (!masks || (masks[0]! >> y) & 1);
    alpha[y] = open ? transitions[L * L + y]! + emissions[y]! : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    const row = t * L;
    const previous = row - L;
    const mask = masks ? masks[t]! : 0xffff;
    // O and B-X may follow any label.
    for (let y = 0; y < L; y += y === 0 ? 1 : 2) {
      let best = alpha[previous]! + transitions[y]!;
      let arg = 0;
      for (let p = 1; p < L; p++) {
        const s = alpha[previous + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[row + y] = (mask >> y) & 1 ? best + emissions[row + y]! : -Infinity;
      back[row + y] = arg;
    }
    // I-X only B-X and I-X.
    for (let y = 2; y < L; y += 2) {
      const b = alpha[previous + y - 1]! + transitions[(y - 1) * L + y]!;
      const i = alpha[previous + y]! + transitions[y * L + y]!;
      alpha[row + y] = (mask >> y) & 1 ? (b >= i ? b : i) + emissions[row + y]! : -Infinity;
      back[row + y] = b >= i ? y - 1 : y;
    }
  }
  return { alpha, back };
}

function bestPath(alpha: Float64Array, back: Uint8Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  let last = 0;
  for (let y = 1; y < L; y++) if (alpha[(n - 1) * L + y]! > alpha[(n - 1) * L + last]!) last = y;
  labels[n - 1] = last;
  for (let t = n - 1; t > 0; t--) labels[t - 1] = back[t * L + labels[t]!]!;
  return labels;
}

/** The best labelling that keeps to `masks` (per token, bit y set where label y is allowed). */
export function constrainedViterbi(emissions: Float64Array, tokenCount: number, transitions: Float64Array, masks: Uint16Array): Uint8Array {
  const { alpha, back } = forward(emissions, tokenCount, transitions, masks);
  return bestPath(alpha, back, tokenCount);
}

/**
 * Max-sum decoding of a linear chain: `emissions` is tokens × labels, `transitions` is
 * (labels + 1) × labels with the last row for the start. Forbidden BIO transitions are never taken.
 * Forward and backward max-scores give each token's max-marginal margin in the same pass.
 */
export function viterbi(emissions: Float64Array, tokenCount: number, transitions: Float64Array): Decoded {
  const n = tokenCount;
  const margins = new Float64Array(n);
  if (n === 0) return { labels: new Uint8Array(0), margins };
  const { alpha, back } = forward(emissions, n, transitions);
  const labels = bestPath(alpha, back, n);
  const total = alpha[(n - 1) * L + labels[n - 1]!]!;
  // beta[y]: the best score of the rest of the chain after label y at the current token. Label y may
  // be followed by O and every B-X, and by I-X only when y is B-X or I-X. next[m]: emission plus beta
  // of label m at the token after, so each is added once, not once per label before it.
  let beta = new Float64Array(L);
  let after = new Float64Array(L);
  const next = new Float64Array(L);
  margins[n - 1] = marginAt(alpha, beta, n - 1, labels[n - 1]!, total);
  for (let t = n - 2; t >= 0; t--) {
    const row = (t + 1) * L;
    for (let m = 0; m < L; m++) next[m] = emissions[row + m]! + beta[m]!;
    for (let y = 0; y < L; y++) {
      const from = y * L;
      let best = transitions[from]! + next[0]!;
      for (let m = 1; m < L; m += 2) {
        const s = transitions[from + m]! + next[m]!;
        if (s > best) best = s;
      }
      if (y > 0) {
        const inside = y & 1 ? y + 1 : y;
        const s = transitions[from + inside]! + next[inside]!;
        if (s > best) best = s;
      }
      after[y] = best;
    }
    [beta, after] = [after, beta];
    margins[t] = marginAt(alpha, beta, t, labels[t]!, total);
  }
  return { labels, margins };
}

/** The best path's score minus the best score of a path that labels token t otherwise. */
function marginAt(alpha: Float64Array, beta: Float64Array, t: number, label: number, total: number): number {
  let other = -Infinity;
  for (let y = 0; y < L; y++) {
    const s = alpha[t * L + y]! + beta[y]!;
    if (y !== label && s > other) other = s;
  }
  return total - other;
}
