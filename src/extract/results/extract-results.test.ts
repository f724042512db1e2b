import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractPaper } from '../index.js';

const config = defaultExtractorConfig();

function results(abstract: string, title = 'A Study') {
  return extractPaper({ title, abstract }, config).results.map((r) => ({
    benchmark: r.benchmark.name,
    value: r.value,
    unit: r.unit,
    metric: r.metric?.name,
    subject: r.subject?.mention ?? r.subject?.name,
    condition: r.condition,
    isDelta: r.isDelta,
    bound: r.bound,
  }));
}

describe('extractResults', () => {
  it('reads "6.86 FID with 5 NFE" as an FID under a setting, not as an NFE result', () => {
    const r = results('Specifically, we achieve 6.86 FID with 5 NFE on CIFAR-10, outperforming the SOTA method significantly.');
    expect(r).toMatchObject([{ benchmark: 'CIFAR-10', value: 6.86, metric: 'FID', condition: 'with 5 NFE', isDelta: false }]);
  });
  it('reads "by A to B" as the two ends of one range of differences, and a threshold as a setting, not a score', () => {
    const r = results(
      'Gated fusion improves the mAP of Deformable DETR on the VisDrone dataset by 11.1% to 15.3% across all IoU thresholds between 0.5 and 0.9.',
    );
    expect(r).toMatchObject([
      { benchmark: 'VisDrone', value: 11.1, unit: '%', isDelta: true, bound: 'lower' },
      { benchmark: 'VisDrone', value: 15.3, unit: '%', isDelta: true, bound: 'upper' },
    ]);
  });

  it('reads "from A to B" as two results, before and after, with their qualifiers (issue #12 example)', () => {
    const r = results(
      'When we apply repeated sampling to SWE-bench Lite, the fraction of issues solved with DeepSeek-V2-Coder-Instruct increases from 15.9% with one sample to 56% with 250 samples.',
    );
    expect(r).toMatchObject([
      {
        benchmark: 'SWE-bench Lite',
        value: 15.9,
        unit: '%',
        subject: 'DeepSeek-V2-Coder-Instruct',
        condition: 'with one sample',
        isDelta: false,
      },
      {
        benchmark: 'SWE-bench Lite',
        value: 56,
        unit: '%',
        subject: 'DeepSeek-V2-Coder-Instruct',
        condition: 'with 250 samples',
        isDelta: false,
      },
    ]);
  });

  it.each([
    [
      'Our method improves accuracy on CIFAR-100 by 3.2 points and reaches 91.5% on SVHN.',
      [
        ['CIFAR-100', 3.2],
        ['SVHN', 91.5],
      ],
    ],
    [
      'Our model improves exact match on Natural Questions by 4.1 points and reaches 62.3% EM on TriviaQA.',
      [
        ['Natural Questions', 4.1],
        ['TriviaQA', 62.3],
      ],
    ],
  ])('keeps a number on the benchmark it is reported on when a later clause names another: %s', (abstract, expected) => {
    expect(results(abstract).map((x) => [x.benchmark, x.value])).toEqual(expected);
  });

  it('binds each number to the benchmark named right after it', () => {
    const r = results('With a VGG16 backbone, DES reaches an mAP of 81.7 on VOC2007 and an mAP of 32.8 on COCO.');
    expect(r.map((x) => [x.benchmark, x.value, x.metric])).toEqual([
      ['PASCAL VOC 2007', 81.7, 'mean average precision'],
      ['COCO', 32.8, 'mean average precision'],
    ]);
  });

  it('marks relative claims as deltas: signs, "by", "improvement", multipliers', () => {
    const r = results(
      'Our model gains +4.4 on IFBench. On GSM8K, GPT-4 improves accuracy by 7.1% over the baseline. On MMLU it is 2× faster than Llama-2-7B and gives a 3.2% improvement.',
    );
    expect(r.map((x) => [x.benchmark, x.value, x.unit, x.isDelta])).toEqual([
      ['IFBench', 4.4, undefined, true],
      ['GSM8K', 7.1, '%', true],
      ['MMLU', 2, 'x', true],
      ['MMLU', 3.2, '%', true],
    ]);
  });

  it('reads bounds and ranges', () => {
    const r = results('On ImageNet, ResNet-50 reaches over 95% top-1 accuracy, while on CIFAR-10 the error stays below 1%.');
    expect(r.map((x) => [x.benchmark, x.value, x.bound])).toEqual([
      ['ImageNet', 95, 'lower'],
      ['CIFAR-10', 1, 'upper'],
    ]);
    const range = results('On HumanEval, the model solves 63%-66% of the problems.');
    expect(range.map((x) => [x.value, x.bound])).toEqual([
      [63, 'lower'],
      [66, 'upper'],
    ]);
  });

  it('reads "B, up from A" as a before/after pair, the later number before', () => {
    const r = results('On MBPP, CodeGen-16B reaches 72.6% pass@1, up from 62.2%.');
    expect(r.map((x) => [x.benchmark, x.value, x.metric, x.subject, x.condition, x.isDelta])).toEqual([
      ['MBPP', 72.6, 'pass@1', 'CodeGen-16B', 'after', false],
      ['MBPP', 62.2, 'pass@1', 'CodeGen-16B', 'before', false],
    ]);
  });

  it('leaves out the "from A to B" of a quantity no measure of the paper names, and keeps that of a measure it names', () => {
    const unnamed = results('On GSM8K, the router keeps its accuracy, with the premature-stop rate falling from 14.8% to 11.1% on 7B.');
    expect(unnamed.map((x) => x.value)).toEqual([]);
    const continued = results(
      'On GSM8K, the router keeps its accuracy, with the premature-stop rate falling from 14.8% to 11.1% on 7B and from 17.1% to 11.4% on 14B.',
    );
    expect(continued.map((x) => x.value)).toEqual([]);
    const named = results('On GSM8K, the router helps, with the error rate falling from 9.5% to 7.2% on 7B.');
    expect(named.map((x) => [x.value, x.metric, x.condition])).toEqual([
      [9.5, 'error rate', 'before'],
      [7.2, 'error rate', 'after'],
    ]);
  });

  it('reads "a 5.1% performance improvement" as a difference, as "a 5.1% improvement"', () => {
    const r = results('On nuScenes, QCNet-X improves over QCNet, achieving a 5.1\\% performance improvement.');
    expect(r.map((x) => [x.benchmark, x.value, x.isDelta])).toEqual([['nuScenes', 5.1, true]]);
  });

  it('reads "B, up from A for X" as two results, A the named baseline X\'s own', () => {
    const r = results('On MBPP, CodeGen-16B reaches 72.6% pass@1, up from 62.2% for the Codex baseline.');
    expect(r.map((x) => [x.benchmark, x.value, x.metric, x.subject, x.condition, x.isDelta])).toEqual([
      ['MBPP', 72.6, 'pass@1', 'CodeGen-16B', undefined, false],
      ['MBPP', 62.2, 'pass@1', 'Codex', undefined, false],
    ]);
  });

  it('keeps a gain a gain when a clause after it goes "falling from A to B": A pairs with B, not with the gain', () => {
    const r = results('On MBPP, the gains are +3.1 points (small) and +2.4 points (large), with the error rate falling from 9.5% to 7.2%.');
    expect(r.map((x) => [x.value, x.isDelta, x.condition])).toEqual([
      [3.1, true, undefined],
      [2.4, true, undefined],
      [9.5, false, 'before'],
      [7.2, false, 'after'],
    ]);
  });

  it('reads "ranges from A to B" and "between A and B" as the two ends of a range, not a change', () => {
    const r = results('On CIFAR-10, the accuracy of ResNet-50 ranges from 97.1% to 97.6% across seeds.');
    expect(r.map((x) => [x.value, x.bound, x.condition, x.isDelta, x.subject])).toEqual([
      [97.1, 'lower', undefined, false, 'ResNet-50'],
      [97.6, 'upper', undefined, false, 'ResNet-50'],
    ]);
    const between = results('On MMLU, GPT-4 scores between 80% and 85% accuracy.');
    expect(between.map((x) => [x.benchmark, x.value, x.bound])).toEqual([
      ['MMLU', 80, 'lower'],
      ['MMLU', 85, 'upper'],
    ]);
  });

  it('gives a number stated for a list of benchmarks to the first one named, and "respectively" to each in order', () => {
    const r = results('On Common Voice and FLEURS, our approach reduces WER from 24.1% to 18.7%.');
    expect(r.map((x) => [x.benchmark, x.value, x.condition])).toEqual([
      ['Common Voice', 24.1, 'before'],
      ['Common Voice', 18.7, 'after'],
    ]);
    const respectively = results('On CIFAR-10 and CIFAR-100, ResNet-50 reaches 95.1% and 78.2%, respectively.');
    expect(respectively.map((x) => [x.benchmark, x.value])).toEqual([
      ['CIFAR-10', 95.1],
      ['CIFAR-100', 78.2],
    ]);
  });

  it('leaves counts, versions, spreads and years alone', () => {
    expect(
      results('We evaluate 16 models on 3 tasks of MMLU with 250 samples, Wan 2.2 and n = 100 in 2024, reaching 0.82 ± 0.01 on MMLU.').map(
        (x) => x.value,
      ),
    ).toEqual([0.82]);
  });

  it('reads "within N% of" as a difference with an upper bound, and a duration joined to a noun as a setting', () => {
    expect(results('On ImageNet, FooNet stays within 5% of the baseline accuracy.')).toMatchObject([
      { benchmark: 'ImageNet', value: 5, isDelta: true, bound: 'upper' },
    ]);
    expect(
      results('On nuScenes, FooNet achieves a 0.16 3-second collision rate and runs 12 ms a frame.').map((x) => [x.value, x.unit]),
    ).toEqual([[12, 'ms']]);
  });

  it('reads a change named after its measure, and percentage points, as deltas', () => {
    expect(results('On COCO, FooNet yields a 4.7 mAP improvement over DETR.')).toMatchObject([{ value: 4.7, isDelta: true }]);
    expect(results('On WMT14, FooNet brings a 3.2 BLEU gain.')).toMatchObject([{ value: 3.2, metric: 'BLEU', isDelta: true }]);
    expect(results('On SimpleQA, FooNet is 0.6 percentage points better and reaches 45.1%.').map((x) => [x.value, x.isDelta])).toEqual([
      [0.6, true],
      [45.1, false],
    ]);
  });

  it('leaves amounts of data and the end of a metric’s range alone', () => {
    expect(
      results('We release SloPal, a dataset containing 2,806 hours of speech, and FooNet reaches 12.3% WER on SloPal.').map((x) => x.value),
    ).toEqual([12.3]);
    expect(results('On COCO, FooNet reaches 52.1 mAP@0.50:0.95.').map((x) => x.value)).toEqual([52.1]);
  });

  it('does not give the number of a thing compared against to the subject', () => {
    const r = results(
      'On SWE-bench Lite, DeepSeek-V2-Coder-Instruct reaches 56%, outperforming the single-attempt state of the art of 43%.',
    );
    expect(r.map((x) => [x.value, x.subject])).toEqual([
      [56, 'DeepSeek-V2-Coder-Instruct'],
      [43, undefined],
    ]);
  });

  it('gives a bracketed number right after a compared model to that model', () => {
    const r = results('On ImageNet, our ViT-B reaches 84.2% top-1 accuracy, outperforming DeiT-B (81.8%) and ResNet-50 (76.1%).');
    expect(r.map((x) => [x.value, x.subject])).toEqual([
      [84.2, 'ViT-B'],
      [81.8, 'DeiT-B'],
      [76.1, 'ResNet-50'],
    ]);
  });

  it('gives a result to the method, not to the backbone it is built with', () => {
    const r = results('We propose TokenDrop. TokenDrop with a Swin-B backbone achieves 51.8 mIoU on ADE20K.');
    expect(r.map((x) => [x.subject, x.value])).toEqual([['TokenDrop', 51.8]]);
  });

  it.each([
    'DINOv2, evaluated with linear probing, achieves 47.9 mIoU on ADE20K.',
    'DINOv2 (linear probing) achieves 47.9 mIoU on ADE20K.',
    'DINOv2 via linear probing achieves 47.9 mIoU on ADE20K.',
  ])('gives a result to the model, not to the means it is evaluated by: %s', (abstract) => {
    expect(results(abstract).map((x) => [x.value, x.subject])).toEqual([[47.9, 'DINOv2']]);
  });

  it('keeps the subject of a clause for a second number after a means', () => {
    const r = results('On ADE20K, DINOv2 achieves 47.9 mIoU with linear probing and 49.0 mIoU with full fine-tuning.');
    expect(r.map((x) => [x.value, x.subject])).toEqual([
      [47.9, 'DINOv2'],
      [49, 'DINOv2'],
    ]);
  });

  it('reads a list of numbers as one kind of claim: the unit, the change and the measure written once count for each', () => {
    expect(results('On MMLU and GSM8K, FooNet beats prior models by 1.4 and 5.0 percentage points.')).toMatchObject([
      { benchmark: 'MMLU', value: 1.4, unit: 'points', isDelta: true },
      { benchmark: 'MMLU', value: 5, unit: 'points', isDelta: true },
    ]);
    expect(results('FooNet improves over the baseline with gains of 3.1% on CIFAR-10 and 4.2% on CIFAR-100.')).toMatchObject([
      { benchmark: 'CIFAR-10', value: 3.1, isDelta: true },
      { benchmark: 'CIFAR-100', value: 4.2, isDelta: true },
    ]);
    expect(results('FooNet achieves up to 13.4% improvement on MATH, 8.8% on GPQA, and 7.0% on GSM8K.')).toMatchObject([
      { benchmark: 'MATH', value: 13.4, isDelta: true },
      { benchmark: 'GPQA', value: 8.8, isDelta: true },
      { benchmark: 'GSM8K', value: 7, isDelta: true },
    ]);
    expect(results('On MMLU, FooNet reaches 71.2% while BarNet reaches 65.0%.').map((x) => x.isDelta)).toEqual([false, false]);
    expect(results('FooNet reaches 92.05% and 95.36% Dice on BraTS and ISIC, respectively.')).toMatchObject([
      { benchmark: 'BraTS', value: 92.05, metric: 'Dice score' },
      { benchmark: 'ISIC', value: 95.36, metric: 'Dice score' },
    ]);
  });

  it('leaves the setting of an experiment out: labelled data, a share of something, what a run uses', () => {
    expect(results('On COCO, FooNet trained with 10% and 20% labeled data reaches 41.2 mAP.').map((x) => x.value)).toEqual([41.2]);
    expect(
      results('On ImageNet, FooNet keeps 97% of the accuracy of its teacher and reaches 80.1% top-1 accuracy.').map((x) => x.value),
    ).toEqual([80.1]);
    expect(results('On LM1B, FooNet reaches a perplexity of 25.3 using 256 function evaluations.').map((x) => x.value)).toEqual([25.3]);
  });

  it('does not state a time or a multiplier in a measure that cannot take it', () => {
    expect(results('On ImageNet, FooNet reaches 81.2% accuracy and runs 2.3x faster, at 12 ms per image.')).toMatchObject([
      { value: 81.2, metric: 'accuracy' },
      { value: 2.3, unit: 'x', metric: undefined },
      { value: 12, unit: 'ms', metric: undefined },
    ]);
    expect(results('On ImageNet, FooNet cuts the latency to 12 ms.')).toMatchObject([{ value: 12, unit: 'ms', metric: 'latency' }]);
    // Nor does a list member take such a measure from the member before it.
    expect(results('On ImageNet, FooNet reaches 81.2% accuracy and 2.3x.')).toMatchObject([
      { value: 81.2, metric: 'accuracy' },
      { value: 2.3, unit: 'x', metric: undefined },
    ]);
  });

  it('finds nothing without a benchmark in the sentence', () => {
    expect(results('Our method improves accuracy by 7.1% and runs 2× faster.')).toEqual([]);
  });
});
