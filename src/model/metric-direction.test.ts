import { describe, expect, it } from 'vitest';
import { directionKnown, metricDirection } from './metric-direction.js';

describe('a metric’s direction', () => {
  it.each([
    ['accuracy', undefined, 'higher'],
    ['top-5 accuracy', undefined, 'higher'],
    ['F1-score', undefined, 'higher'],
    ['macro-F1', undefined, 'higher'],
    ['mAP', undefined, 'higher'],
    ['NDS', undefined, 'higher'],
    ['nuScenes detection score', undefined, 'higher'],
    ['AP50', undefined, 'higher'],
    ['BLEU', undefined, 'higher'],
    ['SacreBLEU', undefined, 'higher'],
    ['win rate', '%', 'higher'],
    ['pass@1', '%', 'higher'],
    ['log-likelihood', undefined, 'higher'],
    ['word error rate', '%', 'lower'],
    ['FID', undefined, 'lower'],
    ['perplexity', undefined, 'lower'],
    ['negative log-likelihood', undefined, 'lower'],
    ['Self-BLEU', undefined, 'lower'],
    ['LPIPS', undefined, 'lower'],
    ['sMAPE', undefined, 'lower'],
    ['FPR95', '%', 'lower'],
    ['inference speed', 'ms', 'lower'],
    [undefined, 's', 'lower'],
  ] as const)('%s (%s) is better %s', (metric, unit, direction) => {
    expect(metricDirection(metric, unit)).toBe(direction);
    expect(directionKnown(metric, unit)).toBe(true);
  });

  it.each([
    ['coverage', '%'],
    ['FLOPs', undefined],
    ['approximation ratio', undefined],
    ['score', undefined],
    // Better for an attack, worse for a defence: the name cannot tell which paper this is.
    ['attack success rate', '%'],
    ['ASR', '%'],
    [undefined, '%'],
    [undefined, undefined],
  ] as const)('%s (%s) has no known direction', (metric, unit) => {
    expect(metricDirection(metric, unit)).toBeUndefined();
    expect(directionKnown(metric, unit)).toBe(false);
  });
});
