import { describe, expect, it } from 'vitest';
import { typedEntityKey, type ExtractedEntity } from '../../model/index.js';
import { defaultExtractorConfig, extractEntities } from '../index.js';
import { entityAt } from '../../../test/support/extracted.js';
import { withKnownMeasureNames, withMeasurePhrases, withoutJoinedMeasures, withWrittenAcronyms } from './measure-phrases.js';

const config = defaultExtractorConfig();
const measure = (text: string, mention: string, name: string = mention.toLowerCase()) => entityAt(text, mention, { name });
const shown = (entities: readonly ExtractedEntity[], text: string) =>
  entities.map((e) => [e.name, e.evidence.mention, text.slice(e.evidence.start, e.evidence.end)]);

describe('a measure’s mention as the paper writes it', () => {
  it('takes the words before it that say what is measured, the name staying the measure', () => {
    const text = 'We raise triage accuracy and the courier handoff rate.';
    expect(shown(withMeasurePhrases([measure(text, 'accuracy'), measure(text, 'handoff rate')], text), text)).toEqual([
      ['accuracy', 'triage accuracy', 'triage accuracy'],
      ['handoff rate', 'courier handoff rate', 'courier handoff rate'],
    ]);
  });

  it('leaves out words that stand before measures without naming them, function words and values', () => {
    const text = 'It keeps high accuracy, improved recall, the precision of the parser and 6.86 FID.';
    const found = [measure(text, 'accuracy'), measure(text, 'recall'), measure(text, 'precision'), measure(text, 'FID', 'FID')];
    expect(withMeasurePhrases(found, text)).toEqual(found);
  });

  it('leaves out a clause’s opening word and a name the measure was taken on', () => {
    const text = 'A solver whose runtime is cubic reaches HumanEval pass@10 and VQA accuracy of 61.';
    const found = withMeasurePhrases([measure(text, 'runtime'), measure(text, 'pass@10'), measure(text, 'accuracy')], text);
    expect(found.map((e) => e.evidence.mention)).toEqual(['runtime', 'pass@10', 'VQA accuracy']);
  });

  it('keeps a mention written in another form than the name', () => {
    const text = 'The segmenter reaches a higher mean mIoU on both splits.';
    const iou = measure(text, 'mIoU', 'intersection over union');
    expect(withMeasurePhrases([iou], text)).toEqual([iou]);
  });
});

describe('a modified measure the lexicon knows', () => {
  it('is named as the lexicon names the measure, its mention unchanged', () => {
    const text = 'It lowers the generation FID and raises the validation BLEU.';
    const found = withKnownMeasureNames([measure(text, 'generation FID'), measure(text, 'validation BLEU')], config.lexicon);
    expect(shown(found, text)).toEqual([
      ['FID', 'generation FID', 'generation FID'],
      ['BLEU', 'validation BLEU', 'validation BLEU'],
    ]);
    expect(found[0]!.key).toBe(typedEntityKey('metric', 'FID'));
  });

  it('keeps a measure of plain words with a word before it, and one the paper gives an acronym', () => {
    const text = 'Agents keep a high memory recall; we bound the complete policy regret (CPR).';
    const recall = measure(text, 'memory recall');
    const regret = { ...measure(text, 'complete policy regret'), aliases: ['CPR'] };
    expect(withKnownMeasureNames([recall, regret], config.lexicon)).toEqual([recall, regret]);
  });

  it('keeps a name the lexicon lists whole, and one whose measure the paper also names on its own', () => {
    const text = 'The attack success rate falls; the generation FID and the FID of the baseline differ.';
    const whole = measure(text, 'attack success rate');
    const modified = measure(text, 'generation FID');
    const bare = measure(text, 'FID', 'FID');
    expect(withKnownMeasureNames([whole, modified, bare], config.lexicon)).toEqual([whole, modified, bare]);
  });
});

describe('a measure named by an acronym', () => {
  it('keeps the capitals the paper writes it with, in lowercase names, its key unchanged', () => {
    const text = 'It reaches 71 NDS at 30 FPS, a higher mAUC and a lower mean absolute error.';
    const found = withWrittenAcronyms([
      measure(text, 'NDS'),
      measure(text, 'FPS'),
      measure(text, 'mAUC'),
      measure(text, 'mean absolute error'),
      measure(text, 'NDS', 'nuScenes detection score'),
    ]);
    expect(found.map((e) => e.name)).toEqual(['NDS', 'FPS', 'mAUC', 'mean absolute error', 'nuScenes detection score']);
    expect(found[0]!.key).toBe(typedEntityKey('metric', 'nds'));
  });
});

describe('two measures joined under one acronym', () => {
  it('are the two measures, not a third', () => {
    const text = 'We measure Precision and Recall (PR), and the detection and tracking rate.';
    const pair = { ...measure(text, 'Precision and Recall'), aliases: ['PR'] };
    const phrase = measure(text, 'detection and tracking rate');
    expect(withoutJoinedMeasures([pair, phrase], config.lexicon)).toEqual([phrase]);
  });
});

describe('extraction', () => {
  it('names a modified measure by the measure and gives the phrase as its mention', () => {
    const metrics = (abstract: string) =>
      extractEntities({ title: 'A study', abstract }, config)
        .filter((e) => e.type === 'metric')
        .map((e) => [e.name, e.evidence.mention]);
    expect(metrics('It raises the agent handoff rate to 98%.')).toEqual([['handoff rate', 'agent handoff rate']]);
    expect(metrics('Our router lowers the generation FID of the sampler by 4 points.')).toEqual([['FID', 'generation FID']]);
  });
});
