import { anchoredMatches } from './anchored-matches.js';
import { isCoinedName, isGenericAcronym } from './names.js';
import { wordClass } from './word-class.js';

export interface CuedName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly cue: 'title' | 'proposal' | 'benchmark' | 'dataset' | 'evaluation' | 'technique' | 'comparison';
}

// A name: one or more coined or capitalised words, hyphen-joined pieces allowed ("SWE-bench Lite").
const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*(?:\s(?:[\p{Lu}\d][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*))?`;
const NAME_ANY = String.raw`[\p{L}\p{N}][\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*`;

const TITLE_NAME = new RegExp(String.raw`^(${NAME_ANY}(?:\s${NAME_ANY}){0,2})\s?:\s`, 'u');
const PROPOSAL = new RegExp(
  String.raw`\b(?:we|this (?:paper|work)|here we)\s+(?:(?:first|further|also|then)\s+)?(?:propose|introduce|present|develop|design|build|construct|curate|release|create|contribute|devise|call|name|term|dub)s?d?\b[^.;]{0,120}?\b(?:called|named|dubbed|termed|coined)?\s*,?\s*(${NAME})(?=[\s,.;:)]|$)`,
  'giu',
);
const NAMED = new RegExp(String.raw`\b(?:called|named|dubbed|termed|coined)\s+(${NAME})`, 'gu');
// What a dataset is called in prose, for the cues below.
const DATASET_KINDS = 'benchmark|dataset|corpus|suite|test set|testbed';
const DATASET_WORD = new RegExp(String.raw`\b(?:${DATASET_KINDS})s?\b`, 'i');
// "a benchmark named MulSeT", "a new dataset called X": the name is a dataset's.
const NAMED_DATASET = new RegExp(String.raw`\b(?:${DATASET_KINDS})s?,?\s+(?:called|named|dubbed|termed|coined)\s+(${NAME})`, 'gu');
const APPOSITIVE = new RegExp(
  String.raw`(?:^|[.;]\s+|\bwe\s+\w+\s+)(${NAME}),\s+(?:a|an)\s+(?:novel|new|simple|general|unified|scalable|efficient|lightweight|large-scale|comprehensive|challenging|benchmark|framework|method|approach|model|dataset)`,
  'gu',
);
// "ExpGuardMix, a meticulously curated dataset": a name in apposition to a dataset word.
const IN_APPOSITION_TO_DATASET = String.raw`,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${DATASET_KINDS})\b`;
const DATASET_APPOSITIVE = new RegExp(String.raw`(${NAME})${IN_APPOSITION_TO_DATASET}`, 'uy');
// Where DATASET_APPOSITIVE can end: the apposition right after a name of at most two words.
const APPOSITION_TO_DATASET = new RegExp(IN_APPOSITION_TO_DATASET, 'gu');
const BEFORE_KIND = new RegExp(String.raw`(${NAME})\)?\s+(${DATASET_KINDS}|leaderboard|challenge)s?\b`, 'uy');
// Where BEFORE_KIND can end: a name of at most two words before the kind word.
const KIND_WORD = new RegExp(String.raw`(?<=\s)(?:${DATASET_KINDS}|leaderboard|challenge)s?\b`, 'gu');
const AFTER_KIND = new RegExp(
  String.raw`\b(?:benchmarks?|datasets?|corpora|suites?)\s*(?:,\s*)?(?:such as|including|like|namely|e\.g\.,?|i\.e\.,?|:|\()\s*((?:${NAME})(?:\s*(?:,|,?\s*and|,?\s*or)\s*(?:${NAME}))*)`,
  'gu',
);
const ON_NAME = new RegExp(
  String.raw`\b(?:on|across|using|in)\s+(?:the\s+)?(?:challenging\s+|popular\s+|standard\s+|public\s+)?((?:${NAME})(?:\s*(?:,|,?\s*and)\s*(?:${NAME}))*)\s+(?:benchmarks|datasets)\b`,
  'gu',
);

/** "HyperAttention: Long-context ..." → the name before the title colon. */
export function titleName(title: string): CuedName | undefined {
  const m = TITLE_NAME.exec(title);
  if (!m) return undefined;
  const name = m[1]!;
  const words = name.split(/\s+/);
  if (!words.some(isCoinedName) && words.length > 1) return undefined;
  if (words.length === 1 && !isCoinedName(name) && !/^\p{Lu}[\p{Ll}]+\p{Lu}/u.test(name) && !/\d/.test(name)) return undefined;
  return { name, start: 0, end: name.length, cue: 'title' };
}

/** Names a paper introduces: "we propose X", "a method called X", "X, a novel framework". */
export function proposedNames(text: string): CuedName[] {
  const found: CuedName[] = [];
  for (const re of [PROPOSAL, NAMED, APPOSITIVE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      const start = m.index + m[0].lastIndexOf(name);
      const first = name.split(/[\s-]/)[0]!;
      if (!isCoinedName(first) && !isCoinedName(name.replace(/\s.*/, ''))) continue;
      // "we propose a benchmark named MulSeT": what the paper introduces is a dataset.
      const dataset = DATASET_WORD.test(text.slice(Math.max(m.index - 30, text.lastIndexOf('.', start) + 1), start));
      found.push({ name, start, end: start + name.length, cue: dataset ? 'dataset' : 'proposal' });
    }
  }
  return found;
}

// "inference-time techniques such as generation ensembling, ranking, fusion, and unit testing".
const TECHNIQUE_LIST =
  /\b(?:techniques|methods|algorithms|strategies|approaches|operations|operators|architectures|baselines|estimators|classifiers|optimizers|regularizers|solvers|heuristics)\s*,?\s*(?:such as|including|like|e\.g\.,?)\s+([^.;:()]{3,240})/giu;
const LIST_ITEM_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u;
const NOT_AN_ITEM = /^(?:the|a|an|our|its|their|other|more|many|several|various|etc|others|so on|while|further|which|that)\b/i;
// Items naming a kind of thing rather than one technique: "attention-based approaches", "wearable devices".
const KIND_OF_THING =
  /\b(?:methods|approaches|techniques|systems|devices|capabilities|models|architectures|tools|frameworks|assessments|judgments|judgements|performance|time|expertise|data|filters|baselines|works)$/i;

/** The last item runs on into the sentence ("… and Good-Turing are not known …"): it ends at a finite verb. */
function endOfList(item: string): string {
  const words = item.trim().split(/\s+/);
  const verb = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:is|are|was|were|have|has|had|can|could|may|might|do|does|did|show|shows|perform|performs|achieve|achieves|remain|remains)$/i.test(
        w,
      ),
  );
  return verb > 0 ? words.slice(0, verb).join(' ') : item;
}

/** Items of a list that technique words introduce ("methods such as A, B and C"): each a short phrase. */
export function techniqueListNames(text: string): CuedName[] {
  const found: CuedName[] = [];
  for (const m of text.matchAll(TECHNIQUE_LIST)) {
    const list = m[1]!;
    let at = m.index + m[0].length - list.length;
    const items = list.split(LIST_ITEM_SEPARATOR);
    // One item alone is a phrase, not a list; a list ends where its items stop being short.
    if (items.length < 2) continue;
    items.forEach((raw, i) => {
      if (i === items.length - 1) items[i] = endOfList(raw);
    });
    for (const raw of items) {
      const item = raw.trim();
      if (!item) break;
      const start = text.indexOf(item, at);
      at = start + item.length;
      const words = item.split(/\s+/);
      if (words.length > 4 || NOT_AN_ITEM.test(item) || !/^[\p{L}\p{N}][\p{L}\p{N}\s'’-]*$/u.test(item)) break;
      // A leading verb or adverb ("offer improved …", "require extensive time") means the list has ended.
      const first = wordClass(words[0]!);
      if (first === 'adverb' || first === 'function' || (first === 'verb' && words.length >= 3 && !/ing$/i.test(words[0]!))) break;
      if (KIND_OF_THING.test(item)) continue;
      found.push({ name: item, start, end: start + item.length, cue: 'technique' });
    }
  }
  return found;
}

// "outperforms DPO, ORPO and GRPO", "compared with FooNet and BarGAN": what a paper measures itself against.
const COMPARED = new RegExp(
  String.raw`\b(?:outperform\w*|surpass\w*|compared (?:with|to|against)|comparisons? (?:with|to|against)|superior to|better than|competitive with|baselines?,?\s+(?:such as|including|like|e\.g\.,?|\()|(?:engines|systems|models|baselines)\s+\()\s*(?:strong\s+|existing\s+|prior\s+|the\s+)?((?:${NAME})(?:\s*(?:,|,?\s*and|,?\s*or)\s*(?:${NAME}))*)`,
  'gu',
);

/** Named methods and models a paper compares against: coined names, acronyms and versioned names. */
export function comparedNames(text: string): CuedName[] {
  const found: CuedName[] = [];
  for (const m of text.matchAll(COMPARED)) {
    const list = m[1]!;
    const listStart = m.index + m[0].lastIndexOf(list);
    for (const part of list.matchAll(new RegExp(NAME, 'gu'))) {
      const name = part[0];
      if (/^(and|or)$/i.test(name) || /^\d|-based$|^so[tT]a$/i.test(name) || isGenericAcronym(name)) continue;
      if (!(isNameLike(name) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(name))) continue;
      found.push({ name, start: listStart + part.index, end: listStart + part.index + name.length, cue: 'comparison' });
    }
  }
  return found;
}

/** Names in evaluation cues: "the X benchmark", "datasets such as X and Y", "on X and Y datasets". */
export function evaluationNames(text: string): CuedName[] {
  const found: CuedName[] = [];
  for (const m of anchoredMatches(text, BEFORE_KIND, KIND_WORD, 2)) {
    // "On RoboMimic benchmarks": a sentence's capitalised first word is not part of the name.
    const lead = /^(?:On|In|For|With|Across|From|Using|The|Our|All|Both)\s+/.exec(m[1]!)?.[0] ?? '';
    const name = m[1]!.slice(lead.length);
    if (!isNameLike(name)) continue;
    const start = m.index + lead.length;
    found.push({ name, start, end: start + name.length, cue: m[2] === 'benchmark' ? 'benchmark' : 'dataset' });
  }
  for (const m of anchoredMatches(text, DATASET_APPOSITIVE, APPOSITION_TO_DATASET, 2)) {
    const name = m[1]!;
    if (!isNameLike(name)) continue;
    found.push({ name, start: m.index, end: m.index + name.length, cue: 'dataset' });
  }
  for (const m of text.matchAll(NAMED_DATASET)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    found.push({ name, start, end: start + name.length, cue: 'dataset' });
  }
  for (const re of [AFTER_KIND, ON_NAME]) {
    for (const m of text.matchAll(re)) {
      const list = m[1]!;
      const listStart = m.index + m[0].indexOf(list);
      for (const part of list.matchAll(new RegExp(NAME, 'gu'))) {
        if (/^(and|or)$/i.test(part[0])) continue;
        // "on Cora, Citeseer, Pubmed, and Coauthor-CS datasets": in an explicit list, a capitalised word is a name.
        if (!isNameLike(part[0]) && !(re === ON_NAME && /^\p{Lu}\p{Ll}{2,}$/u.test(part[0]) && !/^(The|Our|This|These|All)$/.test(part[0])))
          continue;
        found.push({ name: part[0], start: listStart + part.index, end: listStart + part.index + part[0].length, cue: 'evaluation' });
      }
    }
  }
  return found;
}

function isNameLike(name: string): boolean {
  const words = name.split(/\s+/);
  // "5-species test set", "96-frame clips": a count and a common noun, not a name.
  if (/^\d[\d.,]*-\p{Ll}+$/u.test(words[0]!)) return false;
  return (
    words.some((w) => /\p{L}/u.test(w) && (isCoinedName(w) || /\d/.test(w))) &&
    !/^(The|Our|This|These|Each|Both|All|Two|Three)$/.test(words[0]!)
  );
}
