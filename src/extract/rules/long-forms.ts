import type { EntityType } from '../../model/index.js';
import { LONG_FORM_TASK_HEADS, LONG_FORM_TECHNIQUE_HEADS } from './heads.js';
import { mentionsDataset } from './name-types.js';

// Long forms that name conditions, organisations or places rather than ML entities.
const NOT_AN_ENTITY =
  /(?:disease|syndrome|disorder|cancer|infection|university|institute|agency|association|department|foundation|function|theorem|lemma|distribution|inequality|condition|metastas[ie]s|tumou?r|carcinoma|radiosurgery|radiotherapy|therapy|surgery|hospital)s?$/i;
// Acronym long forms that name a whole field or a generic object, not an entity.
const GENERIC =
  /^(?:large )?(?:language|foundation|vision[- ]language|multimodal|generative|deep|neural|machine|artificial|pre-?trained)\b.*\b(?:models?|networks?|intelligence|learning)$/i;
const METHOD_HEAD = new RegExp(String.raw`(?:${LONG_FORM_TECHNIQUE_HEADS})$`, 'i');
const TASK_HEAD = new RegExp(String.raw`(?:${LONG_FORM_TASK_HEADS})$`, 'i');
const METRIC_HEAD = /(error|score|rate|accuracy|distance|divergence|ratio|precision|recall|coefficient)$/i;
// Capitalised words, with short function words between them: "Locality Sensitive Hashing", "Chain of Thought".
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'-]*(?:\s(?:(?:and|of|for|the|to|in|with)\s)?\p{Lu}[\p{L}\p{N}'-]*)+$/u;

/** Whether an acronym's long form names no ML entity: a field ("Large Language Models"), a disease, an institution. */
export function isIgnoredLongForm(longForm: string): boolean {
  return GENERIC.test(longForm) || NOT_AN_ENTITY.test(longForm);
}

/** Whether a long form is written as a name, every word capitalised. */
export function isCapitalisedName(longForm: string): boolean {
  return CAPITALISED.test(longForm);
}

/** The type a long form's head noun says ("… Benchmark", "… Detection", "… Error", "… Network"). */
export function typeByHead(fullForm: string): EntityType | undefined {
  // "test-time training with multimodal reconstruction": the head comes before the modifier clause.
  const longForm = fullForm.split(/\s(?:with|via|using|for)\s/)[0]!;
  if (mentionsDataset(longForm)) return 'benchmark';
  if (TASK_HEAD.test(longForm)) return 'task';
  if (METRIC_HEAD.test(longForm)) return 'metric';
  if (METHOD_HEAD.test(longForm)) return 'method';
  return undefined;
}
