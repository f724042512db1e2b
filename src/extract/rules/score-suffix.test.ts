import { describe, expect, it } from 'vitest';
import { typedEntityKey } from '../../model/index.js';
import { candidate, type Candidate } from '../candidate.js';
import { defaultExtractorConfig } from '../index.js';
import { entityAt } from '../../../test/support/extracted.js';
import { withScoreInMention, withScoreSuffix } from './score-suffix.js';

const { lexicon } = defaultExtractorConfig();
const claim = (text: string, surface: string, name: string = surface.toLowerCase()): Candidate => {
  const start = text.indexOf(surface);
  return candidate({ type: 'metric', name, key: typedEntityKey('metric', name), start, end: start + surface.length, confidence: 0.58 });
};
const measure = (text: string, mention: string, name?: string) => entityAt(text, mention, name === undefined ? {} : { name });

describe('a measure written with "score" after it', () => {
  it('is the lexicon’s measure when the lexicon knows it, its mention as the paper writes the measure', () => {
    const text = 'Captions gain 4 points of CIDEr score and the macro F1 score rises.';
    const cider = withScoreSuffix(claim(text, 'CIDEr score'), text, lexicon);
    expect([cider.name, text.slice(cider.start, cider.end)]).toEqual(['CIDEr', 'CIDEr']);
    expect(cider.key).toBe(typedEntityKey('metric', 'CIDEr'));
    const f1 = withScoreSuffix(claim(text, 'macro F1 score'), text, lexicon);
    expect([f1.name, text.slice(f1.start, f1.end)]).toEqual(['F1-score', 'macro F1']);
  });

  it('keeps names the lexicon lists with the word, and measures it does not know', () => {
    const text = 'The Inception Score, the Dice score and the zorblity score all improve.';
    for (const surface of ['Inception Score', 'Dice score', 'zorblity score']) {
      const c = claim(text, surface);
      expect(withScoreSuffix(c, text, lexicon)).toBe(c);
    }
  });

  it('takes the word into the mention of a measure the lexicon does not know, the name staying the measure’s', () => {
    const text = 'It reaches a helpfulness score of 4, high accuracy scores and an IoU score of 0.8.';
    const found = withScoreInMention(
      [measure(text, 'helpfulness'), measure(text, 'accuracy'), measure(text, 'IoU', 'intersection over union')],
      text,
      lexicon,
    );
    expect(found.map((e) => [e.name, e.evidence.mention, text.slice(e.evidence.start, e.evidence.end)])).toEqual([
      ['helpfulness', 'helpfulness score', 'helpfulness score'],
      ['accuracy', 'accuracy', 'accuracy'],
      ['intersection over union', 'IoU', 'IoU'],
    ]);
  });
});
