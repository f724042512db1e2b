import { typedEntityKey, type ExtractedEntity } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';
import { lexiconEntryFor, type CompiledLexicon } from '../lexicon.js';
import { widenedEvidence } from '../text-spans.js';

const SCORED = /^(.*\S)[\s-]scores?$/iu;
const SCORE_AFTER = /^[\s-]scores?(?![\p{L}\p{N}-])/iu;

/**
 * "CIDEr score", "FID score", "macro F1 score": a measure the lexicon knows, claimed with "score" after it, is
 * the lexicon's measure, its mention as the paper writes the measure ("macro F1"). Names the lexicon lists with
 * the word ("Inception Score", "Dice score", "F1 score") are left as they are.
 */
export function withScoreSuffix(c: Candidate, text: string, lexicon: CompiledLexicon): Candidate {
  if (c.type !== 'metric') return c;
  const surface = text.slice(c.start, c.end);
  const scored = SCORED.exec(surface);
  if (!scored || lexiconEntryFor(surface, lexicon)) return c;
  const entry = lexiconEntryFor(scored[1]!, lexicon);
  if (entry?.type !== 'metric') return c;
  return changed(c, { end: c.start + scored[1]!.length, name: entry.name, key: typedEntityKey('metric', entry.name) });
}

/**
 * A measure the lexicon does not know whose evidence the paper follows with "score" ("a helpfulness score of 4")
 * is written with the word: the mention takes it, the name stays the measure's (a known measure keeps the form the
 * lexicon matched: "IoU", not "IoU score"). Runs on the resolved entities, after the joins that compare
 * mentions ("median relevance" and "relevance" are one measure).
 */
export function withScoreInMention(entities: ExtractedEntity[], text: string, lexicon: CompiledLexicon): ExtractedEntity[] {
  return entities.map((e) => {
    if (e.type !== 'metric' || /score$/i.test(e.name)) return e;
    const { start, end, mention } = e.evidence;
    if (text.slice(start, end) !== mention) return e;
    const after = SCORE_AFTER.exec(text.slice(end, end + 8));
    if (!after || lexiconEntryFor(mention, lexicon) || lexiconEntryFor(mention + after[0], lexicon)) return e;
    return { ...e, evidence: widenedEvidence(e.evidence, text, start, end + after[0].length) };
  });
}
