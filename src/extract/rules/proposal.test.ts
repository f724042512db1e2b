import { describe, expect, it } from 'vitest';
import { proposedAt } from './proposal.js';

describe('what a paper proposes', () => {
  const at = (text: string, name: string) => proposedAt(text, text.indexOf(name));
  it.each([
    ['We propose a fast sampler, Widget Sampling, for diffusion.', 'Widget Sampling', true],
    ['Our Contextual Policy Engine answers queries.', 'Contextual Policy Engine', true],
    ['It relies on a novel Crop-Smoothing step.', 'Crop-Smoothing', true],
    ['The proposed very deep supervised hashing beats baselines.', 'very deep supervised hashing', true],
    ['Baselines use Monte Carlo estimates.', 'Monte Carlo', false],
    ['We compare against Gaussian processes. Our results hold.', 'Gaussian processes', false],
  ])('%s — %s → %s', (text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});
