import { describe, expect, it } from 'vitest';
import { typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { defaultExtractorConfig, extractEntities } from './index.js';
import { joinNestedNames } from './nested-names.js';

const entity = (type: ExtractedEntity['type'], name: string, start: number, more: Partial<ExtractedEntity> = {}): ExtractedEntity => ({
  type,
  name,
  key: typedEntityKey(type, name),
  aliases: [],
  evidence: { mention: name, start, end: start + name.length, sentence: name },
  confidence: 0.6,
  ...more,
});
const shown = (entities: readonly ExtractedEntity[]): unknown[] =>
  entities.map((e) => [e.type, e.name, e.evidence.mention, e.aliases, e.confidence]);

describe('joining tasks and measures that end one another', () => {
  it.each([
    {
      case: 'a task named by its shorter multi-word form, with the specific mention as evidence',
      found: [entity('task', 'long video understanding', 0), entity('task', 'video understanding', 40, { confidence: 0.85 })],
      joined: [['task', 'video understanding', 'long video understanding', [], 0.85]],
    },
    {
      case: 'a one-word head that names no task on its own: the specific name stays',
      found: [entity('task', 'tracking', 0), entity('task', '6-DoF object tracking', 20)],
      joined: [['task', '6-DoF object tracking', '6-DoF object tracking', [], 0.6]],
    },
    {
      case: 'a measure is one word enough',
      found: [entity('metric', 'inference throughput', 0), entity('metric', 'throughput', 50)],
      joined: [['metric', 'throughput', 'inference throughput', [], 0.6]],
    },
    {
      case: 'a chain joins into one group, plurals folded',
      found: [
        entity('task', 'object detection', 0),
        entity('task', 'multi-modal 3D object detections', 30),
        entity('task', '3D object detection', 90),
      ],
      joined: [['task', 'object detection', 'multi-modal 3D object detections', [], 0.6]],
    },
  ])('$case', ({ found, joined }) => {
    expect(shown(joinNestedNames(found))).toEqual(joined);
  });

  it("never folds a longer form that stands alone into a shorter one, and keeps the members' own aliases", () => {
    const own = new Set(['mean average precision', 'average precision', '3D object detection']);
    const standsAlone = (e: ExtractedEntity): boolean => own.has(e.name) || e.aliases.length > 0;
    const found = [
      entity('metric', 'mean average precision', 0, { aliases: ['mAP'] }),
      entity('metric', 'average precision', 40),
      entity('metric', 'precision', 70),
      entity('task', 'multi-modal 3D object detection', 90),
      entity('task', '3D object detection', 130),
      entity('task', 'object detection', 160),
      entity('task', 'long-tailed image classification', 190, { aliases: ['LTIC'] }),
      entity('task', 'image classification', 230),
    ];
    expect(shown(joinNestedNames(found, standsAlone))).toEqual([
      ['metric', 'mean average precision', 'mean average precision', ['mAP'], 0.6],
      ['metric', 'average precision', 'average precision', [], 0.6],
      ['metric', 'precision', 'precision', [], 0.6],
      ['task', '3D object detection', 'multi-modal 3D object detection', [], 0.6],
      ['task', 'object detection', 'object detection', [], 0.6],
      ['task', 'long-tailed image classification', 'long-tailed image classification', ['LTIC'], 0.6],
      ['task', 'image classification', 'image classification', [], 0.6],
    ]);
  });

  it('keeps other types, other heads and words that only share a prefix apart', () => {
    const found = [
      entity('method', 'linear attention', 0),
      entity('method', 'attention', 20),
      entity('task', 'object detection', 40),
      entity('metric', 'detection', 60),
      entity('task', 'object detection and tracking', 80),
      entity('task', 'speech recognition', 120),
      entity('task', 'emotion recognition', 150),
    ];
    expect(joinNestedNames(found)).toEqual(found);
  });

  it('makes the title task and the abstract bare task one entity in a real paper', () => {
    const tasks = extractEntities(
      {
        title: 'Visually Similar Pair Alignment for Robust Cross-Domain Object Detection',
        abstract: 'Domain gaps between training data and real-world scenarios hurt object detection. We align visually similar pairs.',
      },
      defaultExtractorConfig(),
    ).filter((e) => e.type === 'task');
    expect(tasks.filter((e) => /object detection/i.test(e.name)).map((e) => [e.name, e.evidence.mention])).toEqual([
      ['object detection', 'Cross-Domain Object Detection'],
    ]);
  });
});
