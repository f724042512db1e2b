import { describe, expect, it } from 'vitest';
import { cannotName, isLatexCommandName } from './non-entity-spans.js';
import { metricNameStart } from './metric-modifiers.js';
import { canonicalTaskName } from './task-names.js';

describe('surfaces that name no entity', () => {
  it.each([
    ['benchmark', 'GitHub', true],
    ['method', 'OpenAI', true],
    ['benchmark', '14B', true],
    ['model', '1.2M', true],
    ['benchmark', 'LLM', true],
    ['benchmark', 'H100', true],
    ['benchmark', 'A100 GPUs', true],
    ['model', 'RTX 3090', true],
    ['benchmark', 'TPU v4', true],
    ['benchmark', 'V2', true],
    ['model', 'T5', false],
    ['benchmark', 'C4', false],
    ['benchmark', 'H36M', false],
    ['method', 'DPO', false],
    ['benchmark', 'GSM8K', false],
    ['model', 'GPT-4o', false],
  ] as const)('%s "%s" → %s', (type, surface, expected) => {
    expect(cannotName(type, surface)).toBe(expected);
  });
});

describe('LaTeX command names', () => {
  it('name nothing: the macro stands for text the abstract does not hold', () => {
    const text = 'we propose Parameter-Efficient Multi-task Learning (\\PM), which';
    expect(isLatexCommandName(text, text.indexOf('PM'))).toBe(true);
    expect(isLatexCommandName(text, text.indexOf('Parameter'))).toBe(false);
  });
});

describe('canonical task names', () => {
  it.each([
    ['text-to-image', 'text-to-image generation'],
    ['text-to-videos', 'text-to-video generation'],
    ['image-to-3d', 'image-to-3d generation'],
    ['text-to-image generation', 'text-to-image generation'],
    ['text-to-sql', 'text-to-sql'],
    ['text-to-speech', 'text-to-speech'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalTaskName(name)).toBe(canonical);
  });
});

describe('measures named with what they measure', () => {
  const named = (text: string, measure: string) => {
    const end = text.lastIndexOf(measure) + measure.length;
    return text.slice(metricNameStart(text, end - measure.length, end), end);
  };
  it.each([
    ['improves segmentation accuracy', 'accuracy', 'segmentation accuracy'],
    ['the top-1 test accuracy', 'accuracy', 'top-1 test accuracy'],
    ['a lower reconstruction error', 'error', 'reconstruction error'],
    ['reaches high accuracy', 'accuracy', 'accuracy'],
    ['state-of-the-art accuracy', 'accuracy', 'accuracy'],
    ['ImageNet accuracy', 'accuracy', 'accuracy'],
    ['lower perplexity', 'perplexity', 'perplexity'],
  ])('%s → %s', (text, measure, expected) => {
    expect(named(text, measure)).toBe(expected);
  });
});
