import { singular } from '../../model/index.js';
import { wordClass } from './word-class.js';

export interface TaskParaphrase {
  /** The canonical task name: the object, then the task's nominal head ("parkinson's disease classification"). */
  readonly name: string;
  /** The paraphrase as the text has it ("classifying Parkinson's disease"): the evidence. */
  readonly start: number;
  readonly end: number;
}

// The verbs of task names and the nominal each task name ends in.
const NOMINAL: Readonly<Record<string, string>> = {
  classifying: 'classification',
  detecting: 'detection',
  segmenting: 'segmentation',
  recognizing: 'recognition',
  recognising: 'recognition',
  translating: 'translation',
  summarizing: 'summarization',
  summarising: 'summarization',
  predicting: 'prediction',
  forecasting: 'forecasting',
  generating: 'generation',
  retrieving: 'retrieval',
  answering: 'answering',
  captioning: 'captioning',
  localizing: 'localization',
  estimating: 'estimation',
  tracking: 'tracking',
  identifying: 'identification',
  inferring: 'inference',
  reconstructing: 'reconstruction',
  denoising: 'denoising',
};

// A gerund after a preposition that frames a task ("a method for detecting …", "we focus on forecasting …",
// "the task of classifying …", "accuracy in predicting …", "for automatically segmenting …"; "by generating
// data" is a means, not a task) or opening the title or its part after a colon ("Estimating Depth …",
// "Boolean Games: Inferring Agents' Goals"), an optional article, then up to three words; the object ends
// at the first word that cannot be in a name.
const PARAPHRASE = new RegExp(
  String.raw`(?:\b(?:for|on|of|at|in|towards?)\s+(?:\p{L}+ly\s+)?|(?<=^|:\s|\n))(${Object.keys(NOMINAL).join('|')})\s+(?:(?:the|a|an)\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:\s[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,2})`,
  'giu',
);

/**
 * Paraphrased task mentions ("classifying Parkinson's disease", "answering questions") with the
 * short canonical name the task goes by ("parkinson's disease classification", "question answering").
 * The object must be content words: "predicting whether …" or "generating more …" are not tasks.
 */
export function taskParaphrases(text: string): TaskParaphrase[] {
  const found: TaskParaphrase[] = [];
  for (const m of text.matchAll(PARAPHRASE)) {
    const all = m[2]!.split(/\s+/);
    const cut = all.findIndex((w, i) => !isContentWord(w, i));
    const words = cut < 0 ? all : all.slice(0, cut);
    if (words.length === 0) continue;
    const last = words.length - 1;
    const object = [...words.slice(0, last), singular(words[last]!.toLowerCase())].join(' ').toLowerCase();
    const end = m.index + m[0].length - m[2]!.length + words.join(' ').length;
    const start = m.index + m[0].indexOf(m[1]!);
    found.push({ name: `${object} ${NOMINAL[m[1]!.toLowerCase()]!}`, start, end });
  }
  return found;
}

function isContentWord(word: string, index: number): boolean {
  if (word.length <= 3 && !/^\p{Lu}/u.test(word) && wordClass(word) !== 'noun') return false;
  if (/(?:ing|ed)$/i.test(word)) return false;
  const kind = wordClass(word.replace(/['’]s$/, ''));
  // compromise reads a bare plural ("objects", "questions") or a noun like "flow" as a verb; a verb in -s
  // after the object's first word is the clause's verb ("depth improves") unless its singular is a noun ("long documents").
  if (kind === 'verb') return !(index > 0 && /[^s]s$/i.test(word)) || wordClass(word.slice(0, -1)) === 'noun';
  return kind !== 'function' && kind !== 'adverb' && kind !== 'comparative';
}
