import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities, extractPaper } from '../index.js';

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
  it('keeps a cut-off the lexicon matched with its measure: pass@1 and pass@10 are two measures, and two leaderboards', () => {
    const names = metrics('It reaches 48.8% pass@1 and 76.2% pass@10, 81.2% R@1, 85.1% top-1 accuracy and 97.0% top-5 accuracy.');
    // The tagger's names of metrics are lowercase, the lexicon's keep its capitals ("Recall@1"): one key either way.
    expect(names.map((n) => n.toLowerCase())).toEqual(['pass@1', 'pass@10', 'recall@1', 'top-1 accuracy', 'top-5 accuracy']);
    const { results } = extractPaper(
      { title: 'A Study', abstract: 'On HumanEval, CodeGen-16B reaches 48.8% pass@1 and 76.2% pass@10.' },
      defaultExtractorConfig(),
    );
    expect(results.map((r) => [r.value, r.metric?.name])).toEqual([
      [48.8, 'pass@1'],
      [76.2, 'pass@10'],
    ]);
  });
});
