import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from '../index.js';

const metrics = (abstract: string) =>
  extractEntities({ title: 'A Study', abstract }, defaultExtractorConfig())
    .filter((e) => e.type === 'metric')
    .map((e) => e.name);

describe('a cut-off after a measure', () => {
  it('is part of its name, one measure per cut-off', () => {
    expect(metrics('Our retriever improves Recall@1 and Recall@K on MS MARCO, mAP@0.5 on COCO, and recall overall.')).toEqual([
      'Recall@1',
      'Recall@K',
      'mAP@0.5',
      'recall',
    ]);
  });
});
