import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities, shippedTagger } from '../index.js';
import { candidate, type Candidate } from '../candidate.js';
import { withMeasureHead } from './measure-heads.js';

const metric = (text: string, mention: string): Candidate => {
  const start = text.indexOf(mention);
  return candidate({
    type: 'metric',
    name: mention.toLowerCase(),
    key: `metric:${mention}`,
    start,
    end: start + mention.length,
    confidence: 0.85,
  });
};
const named = (text: string, mention: string): string => withMeasureHead(metric(text, mention), text).name;

describe('a measure written with a modifier', () => {
  it('is the bare measure when the paper also writes it without a noun before it', () => {
    const text = 'Our detector improves detection accuracy on COCO and keeps high accuracy under occlusion.';
    expect(named(text, 'detection accuracy')).toBe('accuracy');
    expect(named('We cut inference latency by 2x; latency (ms) and throughput are reported.', 'inference latency')).toBe('latency');
  });
  it('keeps a name the lexicon lists as a measure of its own', () => {
    const text = 'Our detector improves mean average precision (mAP) on COCO, with higher precision and recall.';
    const isMeasure = (name: string): boolean => name === 'mean average precision';
    expect(withMeasureHead(metric(text, 'mean average precision'), text, isMeasure).name).toBe('mean average precision');
    expect(named(text, 'mean average precision')).toBe('precision');
  });
  it('keeps a name the paper gives an acronym of its own', () => {
    const text = 'We report the Fuzzy Set Coverage (FSC) of each method, and its coverage of rare classes.';
    const defined = { ...metric(text, 'Fuzzy Set Coverage'), aliases: ['FSC'] };
    expect(withMeasureHead(defined, text).name).toBe('fuzzy set coverage');
    expect(named(text, 'Fuzzy Set Coverage')).toBe('coverage');
  });
  it('keeps its modifier when every mention has a noun before it', () => {
    const text = 'Clustering accuracy rises by 4 points; clustering accuracy on CIFAR-10 reaches 91%.';
    expect(named(text, 'Clustering accuracy')).toBe('clustering accuracy');
    // Two kinds of accuracy and no bare one: each is its own measure.
    expect(named('We report segmentation accuracy and detection accuracy.', 'segmentation accuracy')).toBe('segmentation accuracy');
  });
  it('keeps a cut-off, and leaves measures that are not one on their own', () => {
    expect(named('It reaches 85% top-1 accuracy and better accuracy than ViT.', 'top-1 accuracy')).toBe('top-1 accuracy');
    expect(named('Reconstruction error falls while the error of the baseline grows.', 'Reconstruction error')).toBe('reconstruction error');
    expect(named('Attack success rate drops; the success rate of benign prompts stays.', 'Attack success rate')).toBe(
      'attack success rate',
    );
  });
  it('joins the bare measure in what the extractor returns', () => {
    const config = { ...defaultExtractorConfig(), tagger: shippedTagger() };
    const abstract = 'We report test accuracy on CIFAR-10. Our model reaches higher accuracy than ResNet-50 with fewer parameters.';
    const metrics = extractEntities({ title: 'A Study', abstract }, config).filter((e) => e.type === 'metric');
    expect(metrics.map((e) => e.name)).toEqual(['accuracy']);
  });
});
