import { anchoredMatches } from './anchored-matches.js';
import { PROSE_TASK_HEADS, TITLE_TASK_HEADS, TITLE_TECHNIQUE_HEADS } from './heads.js';
import { trimModifiers, wordClass } from './word-class.js';

export interface HeadPhrase {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

// Heads that end the names of techniques ("Thompson sampling", "speculative decoding").
const METHOD_HEADS =
  'attention|sampling|decoding|optimization|optimisation|distillation|regularization|normalization|pruning|quantization|hashing|search|descent|propagation|backpropagation|tuning|fine-tuning|prompting|augmentation|encoding|embedding|transformer|transformers|network|networks|autoencoder|autoencoders|boosting|clustering|averaging|dropout|pooling|aggregation|alignment|inference|estimation|estimator|algorithm|learning|regression|filtering|scheduling|merging|adaptation';

// Words that never start a name: determiners, pronouns, verbs and vague modifiers.
const STOP = new Set(
  'a an the our their its this that these those we they it is are was were be been being and or of for in on to with by from as at via into than then which who whose when where while such other existing previous prior standard traditional conventional novel new simple efficient effective better more most less various several many multiple different both each any all some using based improve improves improved improving enable enables enabling achieve achieves use uses used can may also not only over under between through without within across per large small fast slow strong weak high low good better best state-of-the-art sota recent current first second two three one way ways step steps challenging difficult hard limited complex diverse downstream general specific real-world practical typical key important novel significant considerable substantial increasing growing much great wide widespread single fixed intuitive involving technique techniques method methods approach approaches strategy strategies scalable advanced intelligent final automated automatic end-to-end unified accurate improved enhanced overall comprehensive systematic holistic generic detailed theoretical arbitrary flexible full naturalistic high-level low-level nuanced realistic explainable'.split(
    ' ',
  ),
);

/** "HHI requires modeling": a finite verb ends whatever came before it. */
function afterLastVerb(words: readonly string[]): readonly string[] {
  const last = words.findLastIndex((w) => {
    const kind = wordClass(w);
    // "… generator simultaneously before generation": adverbs and function words end a phrase too.
    return (/[^s]s$/i.test(w) && kind === 'verb') || kind === 'function' || (kind === 'adverb' && /ly$/i.test(w));
  });
  return words.slice(last + 1);
}

/** One to three words and a head: the phrase itself (sticky, tried where a head follows) and where heads stand. */
interface HeadPattern {
  readonly phrase: RegExp;
  readonly head: RegExp;
}

const headPattern = (words: string, heads: string, flags: string): HeadPattern => ({
  phrase: new RegExp(String.raw`\b((?:${words}\s){1,3})(${heads})\b`, `${flags}y`),
  head: new RegExp(String.raw`(?<=\s)(?:${heads})\b`, `${flags}g`),
});
const ANY_WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*`;
const METHOD_PHRASE = headPattern(ANY_WORD, METHOD_HEADS, 'iu');
const TASK_PHRASE = headPattern(ANY_WORD, PROSE_TASK_HEADS, 'iu');

function phrases(text: string, pattern: HeadPattern, capitalised: boolean): HeadPhrase[] {
  const found: HeadPhrase[] = [];
  // A match is one to three words, each followed by one whitespace character, then a head.
  for (const m of anchoredMatches(text, pattern.phrase, pattern.head, 3)) {
    let words = m[1]!.trim().split(/\s+/);
    let lastStop = words.map((w) => STOP.has(w.toLowerCase())).lastIndexOf(true);
    // "one-shot", "zero-shot" written apart: the number belongs to the name.
    if (lastStop >= 0 && /^(?:one|zero|few)$/i.test(words[lastStop]!) && /^shot$/i.test(words[lastStop + 1] ?? '')) lastStop--;
    // Capitalised names are deliberate ("Distributed Stochastic Optimization"); only prose gets trimmed.
    words = capitalised ? words.slice(lastStop + 1) : trimModifiers(afterLastVerb(words.slice(lastStop + 1)));
    if (words.length === 0) continue;
    // "1.54x lower attention": a multiplier cut out of a number is not a modifier.
    if (/^\d+(?:\.\d+)?[x×]$/i.test(words[0]!)) continue;
    // "10 reconstruction methods", "top-5 reconstruction": counts and ranks are not modifiers of a name.
    if (/^(?:\d+(?:[.,]\d+)?|top-\d+)$/i.test(words[0]!)) continue;
    if (capitalised && !words.every((w) => /^[\p{Lu}\d]/u.test(w))) continue;
    const phrase = `${words.join(' ')} ${m[2]!}`;
    const start = m.index + m[0].length - phrase.length;
    if (text.slice(start, start + phrase.length) !== phrase) continue;
    found.push({ phrase, start, end: start + phrase.length });
  }
  return found;
}

// Heads of lowercase technique names ("leverage score sampling", "positional encoding").
const LOWERCASE_METHOD_HEADS =
  'sampling|resampling|decoding|attention|search|encoding|elimination|refinement|regularization|regularisation|normalization|distillation|quantization|pruning|augmentation|approximation|descent|hashing|backtracking|convolutions?|programming|prompting|fine-tuning|interpolation';
const LOWERCASE_METHOD_PHRASE = headPattern(String.raw`[\p{Ll}\p{N}][\p{Ll}\p{N}'’]*(?:-[\p{L}\p{N}]+)*`, LOWERCASE_METHOD_HEADS, 'u');

/** Lowercase technique names: one to three content words before a technique head. */
export function lowercaseMethodPhrases(text: string): HeadPhrase[] {
  return phrases(text, LOWERCASE_METHOD_PHRASE, false);
}

/** Capitalised technique names ending in a method head: "Locality Sensitive Hashing", "Thompson Sampling". */
export function methodHeadPhrases(text: string): HeadPhrase[] {
  return phrases(text, METHOD_PHRASE, true);
}

/** Task phrases: one to three content words before a task head ("time series classification"). */
export function taskHeadPhrases(text: string): HeadPhrase[] {
  return phrases(text, TASK_PHRASE, false).filter((p) => p.phrase.split(/\s+/).length <= 4);
}

// Heads of task names as titles phrase them ("… for Video Generation", "Improving State-Tracking …").
const TITLE_TASK_HEAD = new RegExp(String.raw`(?:${TITLE_TASK_HEADS})$`, 'i');
const TITLE_STOP = String.raw`(?=\s(?:via|with|using|by|under|through|from|for|in|on|beyond|without)\b|[,:;?!]|$)`;
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:for|in|on|towards?)\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s?){1,5}?)${TITLE_STOP}`, 'gu');
const LEADING = new RegExp(
  String.raw`^(?:(?:Improving|Accelerating|Scaling|Boosting|Enhancing|Rethinking|Revisiting|Exploring|Investigating|Analyzing|Understanding|Evaluating|Benchmarking|Towards?|Efficient|Fast|Robust)\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s?){1,4}?)${TITLE_STOP}`,
  'u',
);

/** Tasks a title names by its grammar: the phrase after "for / in / on", or its leading noun phrase. */
export function titleTaskPhrases(title: string): HeadPhrase[] {
  const colon = title.indexOf(': ');
  const offset = colon >= 0 ? colon + 2 : 0;
  const part = title.slice(offset);
  const found: HeadPhrase[] = [];
  const add = (phrase: string, at: number): void => {
    const words = phrase.trim().split(/\s+/);
    while (words.length > 0 && STOP.has(words[0]!.toLowerCase())) words.shift();
    const text = words.join(' ');
    if (words.length < 2 || words.length > 5 || !TITLE_TASK_HEAD.test(text)) return;
    const start = offset + part.indexOf(text, at);
    if (start >= offset) found.push({ phrase: text, start, end: start + text.length });
  };
  for (const m of part.matchAll(AFTER_PREPOSITION)) add(m[1]!, m.index);
  const leading = LEADING.exec(part);
  if (leading) add(leading[1]!, 0);
  return found;
}

// Heads of technique names as titles write them ("… by Graph Parsing Neural Networks", "Stacked Latent
// Attention for …"). "Learning" is left out: title phrases ending in it mostly name fields.
const TITLE_METHOD_HEAD = new RegExp(String.raw`\s(?:\S+\s)*?(?:${TITLE_TECHNIQUE_HEADS})$`, 'i');
const TITLE_WORD = String.raw`[\p{Lu}\d][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*`;
const AFTER_MEANS = new RegExp(String.raw`\b(?:via|by|with|using|through)\s+((?:${TITLE_WORD}\s){0,4}${TITLE_WORD})${TITLE_STOP}`, 'gu');
const LEADING_NAME = new RegExp(String.raw`^((?:${TITLE_WORD}\s){1,4}${TITLE_WORD})(?=\s(?:for|with|via|in|on|under|from)\s)`, 'u');

/**
 * Techniques a title names by its grammar: a capitalised phrase ending in a technique head after
 * "via / by / with / using", or leading a title that has no colon ("Stacked Latent Attention for …").
 */
export function titleMethodPhrases(title: string): HeadPhrase[] {
  const found: HeadPhrase[] = [];
  const add = (phrase: string, start: number): void => {
    const words = phrase.split(/\s+/);
    while (words.length > 0 && STOP.has(words[0]!.toLowerCase())) words.shift();
    const text = words.join(' ');
    if (words.length < 2 || !TITLE_METHOD_HEAD.test(text)) return;
    const at = title.indexOf(text, start);
    if (at >= 0) found.push({ phrase: text, start: at, end: at + text.length });
  };
  for (const m of title.matchAll(AFTER_MEANS)) add(m[1]!, m.index);
  const leading = title.includes(': ') ? null : LEADING_NAME.exec(title);
  // "Accelerating Distributed Stochastic Optimization via …": a title opening with a verb names a goal.
  if (leading && !/^\p{L}+ing\s/u.test(leading[1]!)) add(leading[1]!, 0);
  return found;
}
