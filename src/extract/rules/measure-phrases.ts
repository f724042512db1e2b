import { entityKey, typedEntityKey, type ExtractedEntity } from '../../model/index.js';
import { WORDS_BEFORE_METRICS } from '../lexicon/name-modifiers.js';
import { lexiconEntryFor, type CompiledLexicon } from '../lexicon.js';
import { widenedEvidence } from '../text-spans.js';
import { withScoreInMention } from './score-suffix.js';
import { tableWordClass } from './word-class.js';

// A measure's name and its mention are two decisions. Readers (and the annotated corpus, about evenly)
// name a modified measure both ways — "reasoning accuracy" or accuracy, "generation FID" or FID — so the
// name is the measure itself where the rules or the lexicon know it, and the mention is the phrase as
// the paper writes it, the words that say what is measured included.

/**
 * How the resolved measures are named and mentioned, in order: "score" taken into a mention, pairs under one
 * acronym dropped, setting words taken off acronym-named measures, acronyms' capitals kept, then the mention
 * widened to the words that say what is measured (last: the steps before it compare mention and name).
 */
export function withMeasureNames(entities: ExtractedEntity[], text: string, lexicon: CompiledLexicon): ExtractedEntity[] {
  const named = withKnownMeasureNames(withoutJoinedMeasures(withScoreInMention(entities, text, lexicon), lexicon), lexicon);
  return withMeasurePhrases(withWrittenAcronyms(named), text);
}

// A whole word starting with a letter: a value ("6.86 FID") or a word's tail never names the measure.
const WORD_BEFORE = /(?:^|[\s([{"“])(\p{L}[\p{L}\p{N}'’@-]*) $/u;
const MAX_MODIFIERS = 2;

// Measures the lexicon names by an acronym or a coined name ("FID", "BLEU", "CIDEr"): a word before one is a
// setting. Before a word of plain English ("recall", "regret", "error rate") it may make another measure:
// "memory recall", "policy regret", "diacritic error rate".
const ACRONYM_NAMED = /\p{Lu}/u;

/**
 * A measure named with one or two modifiers before a measure the lexicon names by an acronym ("generation
 * FID", "validation BLEU") is that measure, its mention unchanged. A name the lexicon lists whole ("mean
 * average precision") stays, and so do one the paper gives an acronym of its own and one whose measure the
 * paper also names apart.
 */
export function withKnownMeasureNames(entities: ExtractedEntity[], lexicon: CompiledLexicon): ExtractedEntity[] {
  const keys = new Set(entities.filter((e) => e.type === 'metric').map((e) => e.key));
  return entities.map((e) => {
    if (e.type !== 'metric' || e.aliases.length > 0 || lexiconEntryFor(e.name, lexicon)?.type === 'metric') return e;
    // As written: the lexicon matches short acronyms by their case ("FID", not "fid").
    const written = typedEntityKey('metric', e.evidence.mention) === e.key ? e.evidence.mention : e.name;
    const words = written.split(/\s+/);
    for (let k = 1; k < words.length && k <= MAX_MODIFIERS && modifies(words[k - 1]!); k++) {
      const entry = lexiconEntryFor(words.slice(k).join(' '), lexicon);
      if (entry?.type !== 'metric' || !ACRONYM_NAMED.test(entry.name)) continue;
      const key = typedEntityKey('metric', entry.name);
      if (keys.has(key)) return e;
      keys.add(key);
      return { ...e, name: entry.name, key };
    }
    return e;
  });
}

const JOINED = /\s+(?:and|or|&)\s+/i;

/**
 * "Precision and Recall (PR)": an acronym defined for two measures the lexicon knows names the pair, not a
 * measure of its own; each of the two is its own entity.
 */
export function withoutJoinedMeasures(entities: ExtractedEntity[], lexicon: CompiledLexicon): ExtractedEntity[] {
  return entities.filter((e) => {
    if (e.type !== 'metric') return true;
    const parts = e.name.split(JOINED);
    return parts.length < 2 || !parts.every((part) => lexiconEntryFor(part, lexicon)?.type === 'metric');
  });
}

// A word written with two capitals, or a capital and a digit, is an acronym ("NDS", "mAUC", "FPS", "R2").
const ACRONYM_WORD = /^(?=.*\p{Lu}.*[\p{Lu}\p{N}])[\p{L}\p{N}@.-]+$/u;

/**
 * Measures are named in lowercase, but an acronym in the name keeps the paper's capitals ("NDS", not "nds";
 * "mAUC"): the key, and so which entity it is, stays the same.
 */
export function withWrittenAcronyms(entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e) => {
    // The key test is not implied by the name test: an acronym's plural keys by its capitals ("NFEs" is "nfe",
    // "nfes" is "nfes"), so a name given its capitals back must keep the key it had.
    if (e.type !== 'metric' || e.name !== e.name.toLowerCase() || typedEntityKey('metric', e.evidence.mention) !== e.key) return e;
    const words = e.evidence.mention.split(/\s+/);
    if (words.join(' ').toLowerCase() !== e.name || !words.some((w) => ACRONYM_WORD.test(w))) return e;
    return { ...e, name: words.map((w) => (ACRONYM_WORD.test(w) ? w : w.toLowerCase())).join(' ') };
  });
}

/**
 * A measure whose mention is its name as written takes the one or two words before it that say what is
 * measured ("diagnostic accuracy", "agent handoff rate"): nouns and adjectives, but not the words the
 * training gold shows standing before measures without naming them ("high", "overall", "improved").
 * A mention in another form than the name ("mIoU" for intersection over union) keeps that form.
 */
export function withMeasurePhrases(entities: ExtractedEntity[], text: string): ExtractedEntity[] {
  return entities.map((e) => {
    if (e.type !== 'metric') return e;
    const { start, end, mention } = e.evidence;
    if (text.slice(start, end) !== mention || entityKey(mention) !== entityKey(e.name)) return e;
    let from = start;
    for (let added = 0; added < MAX_MODIFIERS; added++) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, from - 40), from))?.[1];
      if (word === undefined || !modifies(word)) break;
      from -= word.length + 1;
    }
    return from === start ? e : { ...e, evidence: widenedEvidence(e.evidence, text, from, end) };
  });
}

// Words compromise tags as nouns on their own that open a clause before a measure ("whose runtime").
const RELATIVE = new Set(['whose', 'which', 'what', 'whichever', 'whatever']);
// A capital after a small letter makes a word a name ("HumanEval pass@50"): what was measured on, not a kind
// of measure (acronyms such as "VQA accuracy" do say what is measured).
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

function modifies(word: string): boolean {
  const lower = word.toLowerCase();
  if (WORDS_BEFORE_METRICS.has(lower) || RELATIVE.has(lower) || INNER_CAPITAL.test(word)) return false;
  // A word too rare for the shipped table is read as compromise reads most of them, a noun: asking it would
  // cost more than the rest of these rules (it runs before every measure).
  const kind = tableWordClass(lower) ?? 'noun';
  return kind === 'noun' || kind === 'adjective';
}
