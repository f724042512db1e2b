import { allowed, LABEL_COUNT } from './labels.js';

// ALLOWED[p * L + y]: may label y follow p (p = L: the start)?
const ALLOWED = Uint8Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, i) =>
  allowed(Math.floor(i / LABEL_COUNT) === LABEL_COUNT ? undefined : Math.floor(i / LABEL_COUNT), i % LABEL_COUNT) ? 1 : 0,
);

export interface Decoded {
  readonly labels: Uint8Array;
  /** Per token: best path score minus the best score of any path that labels this token otherwise. */
  readonly margins: Float64Array;
}

/**
 * Max-sum decoding of a linear chain: `emissions` is tokens × labels, `transitions` is
 * (labels + 1) × labels with the last row for the start. Forbidden BIO transitions are never taken.
 * Forward and backward max-scores give each token's max-marginal margin in the same pass.
 */
export function viterbi(emissions: Float64Array, tokenCount: number, transitions: Float32Array | Float64Array): Decoded {
  const L = LABEL_COUNT;
  const labels = new Uint8Array(tokenCount);
  const margins = new Float64Array(tokenCount);
  if (tokenCount === 0) return { labels, margins };
  const alpha = new Float64Array(tokenCount * L);
  const back = new Uint8Array(tokenCount * L);
  for (let y = 0; y < L; y++) alpha[y] = ALLOWED[L * L + y] ? transitions[L * L + y]! + emissions[y]! : -Infinity;
  for (let t = 1; t < tokenCount; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = alpha[(t - 1) * L + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[t * L + y] = best + emissions[t * L + y]!;
      back[t * L + y] = arg;
    }
  }
  const beta = new Float64Array(tokenCount * L);
  for (let t = tokenCount - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let n = 0; n < L; n++) {
        if (!ALLOWED[y * L + n]) continue;
        const s = transitions[y * L + n]! + emissions[(t + 1) * L + n]! + beta[(t + 1) * L + n]!;
        if (s > best) best = s;
      }
      beta[t * L + y] = best;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (alpha[(tokenCount - 1) * L + y]! > alpha[(tokenCount - 1) * L + last]!) last = y;
  const total = alpha[(tokenCount - 1) * L + last]!;
  labels[tokenCount - 1] = last;
  for (let t = tokenCount - 1; t > 0; t--) labels[t - 1] = back[t * L + labels[t]!]!;
  for (let t = 0; t < tokenCount; t++) {
    let other = -Infinity;
    for (let y = 0; y < L; y++) if (y !== labels[t]) other = Math.max(other, alpha[t * L + y]! + beta[t * L + y]!);
    margins[t] = total - other;
  }
  return { labels, margins };
}
