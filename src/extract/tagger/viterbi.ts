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
    for (let y = 0; y < L; y++) {
      if (!((mask >> y) & 1)) {
        alpha[row + y] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      if (y > 0 && (y & 1) === 0) {
        const b = alpha[previous + y - 1]! + transitions[(y - 1) * L + y]!;
        const i = alpha[previous + y]! + transitions[y * L + y]!;
        if (b >= i) {
          best = b;
          arg = y - 1;
        } else {
          best = i;
          arg = y;
        }
      } else {
        for (let p = 0; p < L; p++) {
          const s = alpha[previous + p]! + transitions[p * L + y]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      alpha[row + y] = best + emissions[row + y]!;
      back[row + y] = arg;
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
  // beta[t, y]: the best score of the rest of the chain after label y at token t. Label y may be
  // followed by O and every B-X, and by I-X only when y is B-X or I-X.
  const beta = new Float64Array(n * L);
  for (let t = n - 2; t >= 0; t--) {
    const next = (t + 1) * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let m = 0; m < L; m += m === 0 ? 1 : 2) {
        const s = transitions[y * L + m]! + emissions[next + m]! + beta[next + m]!;
        if (s > best) best = s;
      }
      if (y > 0) {
        const inside = y & 1 ? y + 1 : y;
        const s = transitions[y * L + inside]! + emissions[next + inside]! + beta[next + inside]!;
        if (s > best) best = s;
      }
      beta[t * L + y] = best;
    }
  }
  const total = alpha[(n - 1) * L + labels[n - 1]!]!;
  for (let t = 0; t < n; t++) {
    let other = -Infinity;
    for (let y = 0; y < L; y++) {
      const s = alpha[t * L + y]! + beta[t * L + y]!;
      if (y !== labels[t] && s > other) other = s;
    }
    margins[t] = total - other;
  }
  return { labels, margins };
}
