import { describe, expect, it } from 'vitest';
import { METRICS } from '../src/extract/lexicon/metrics.js';
import { directionKnown } from '../src/model/index.js';

// Metrics whose results a leaderboard lists unranked: which way is better depends on the problem
// (a ratio to minimise or maximise, coverage near a target) or on the paper (an attack or a defence).
const UNKNOWN = [
  'coverage',
  'sample complexity',
  'query complexity',
  'FLOPs',
  'approximation ratio',
  'competitive ratio',
  'convergence rate',
  'iteration complexity',
  'communication complexity',
  'space complexity',
  'attack success rate',
  'compression ratio',
  'demographic parity',
  'equalized odds',
  'Gini coefficient',
  'MOTP',
];

describe('the direction of every metric in the lexicon', () => {
  it('is known, except for the metrics listed here on purpose', () => {
    const unknown = [...new Set(METRICS.filter((m) => !directionKnown(m.name)).map((m) => m.name))];
    expect(unknown).toEqual(UNKNOWN);
  });
});
