import type { ExtractedEntity } from '../../model/index.js';
import { lexiconEntryFor, type CompiledLexicon } from '../lexicon.js';
import { isCoinedName } from '../rules/names.js';
import { frequencyBucket, type NameFrequencies } from './name-frequency.js';
import { OWN_BEFORE, PROPOSED_BEFORE } from '../rules/proposal.js';

/** What the role classifier reads of a paper: its text (offsets as the entities' evidence) and where the title ends. */
export interface RoleText {
  readonly text: string;
  readonly titleEnd: number;
}

// "we adopt X", "we build on X": the paper uses what follows.
const USED_BEFORE =
  /\b(?:we|this (?:paper|work))\s+(?:\w+\s+){0,2}(?:use|adopt|employ|apply|leverage|utili[sz]e|follow|build (?:on|upon)|rely on|fine-tune|extend|incorporate|integrate|combine|compare)[sd]?\b[^.]*$/i;
const COMPARED_BEFORE =
  /\b(?:outperform\w*|surpass\w*|compared (?:with|to|against)|than|over|against|baselines?|versus|vs\.?)\s+(?:\S+\s+){0,4}$/i;
const EXISTING_BEFORE =
  /\b(?:existing|prior|previous|standard|conventional|traditional|popular|classical|classic|vanilla|widely[- ]used|well[- ]known|common|typical|off-the-shelf|state-of-the-art|recent)\s+(?:\S+\s+){0,2}$/i;
const TOOL_BEFORE = /\b(?:using|with|via|through|based on|built on|inspired by|by)\s+(?:\S+\s+){0,2}$/i;
const INTRODUCED_AFTER = /^\)?,?\s*(?:(?:a|an|which|that)\s+(?:\S+\s+){0,3}(?:novel|new)|is (?:proposed|introduced|presented))\b/i;
const SUCH_AS_BEFORE = /\b(?:such as|including|e\.g\.,?|like|namely|i\.e\.,?)\s+(?:\S+\s+){0,3}$/i;
// "ClusIR comprises two key components: a …", "(1) Progressive Bounded Quantization": parts of the paper's own method.
const COMPONENT_BEFORE =
  /\b(?:compris\w*|consists? of|consisting of|components?|modules?|innovations?|contributions?|designs?|integrat\w*|incorporat\w*|equipped with|features?|core|key|pivotal)\b[^.]*$|\(\s*(?:\d|i{1,3}|iv|v|a|b|c)\s*\)\s*(?:\S+\s+){0,2}$|\b(?:first|second|third|finally|then|further(?:more)?|additionally|moreover|specifically)\s*,?\s+(?:\S+\s+){0,4}$/i;
const USE_VERB_BEFORE =
  /\b(?:uses?|using|utili[sz](?:es?|ing)|leverag(?:es?|ing)|employ(?:s|ing)?|adopt(?:s|ing)?|appl(?:y|ies|ying)|based on|via|with)\s+(?:\S+\s+){0,2}$/i;
const NAMED_BEFORE = /\b(?:called|named|dubbed|termed|coined)\s+$/i;
const GENERIC_HEAD =
  /\b(?:framework|method|approach|model|architecture|algorithm|module|mechanism|strategy|pipeline|system|scheme|paradigm|technique|network)s?$/i;
// After "we propose X (CEO), a framework that generalizes Y": words that make what follows something X is
// defined against or built from, not what is proposed.
const PROPOSAL_VERB = /\b(?:propose|introduce|present|develop|design|devise)[sd]?\b/gi;
const RELATED_AFTER_PROPOSAL =
  /\(\s*\p{Lu}[\p{L}\d-]*\s*\)|\b(?:that|which|based on|built on|using|over|than|generali[sz]\w*|extend\w*|inspired by|instead of|unlike)\b/iu;

/** The proposal cue of a clause is about an earlier name: "we propose X (CEO), a framework that generalizes" + mention. */
function proposalAboutEarlier(clause: string): boolean {
  let end = -1;
  for (const m of clause.matchAll(PROPOSAL_VERB)) end = m.index + m[0].length;
  return end >= 0 && RELATED_AFTER_PROPOSAL.test(clause.slice(end));
}

// "Our method, Chain-of-Abstraction (CoA)", "Our proposed framework, ASESUM": the paper's own thing, named in apposition.
const OWN_APPOSITION =
  /\b(?:our|the proposed)\s+(?:[\p{L}-]+\s+){0,2}?(?:method|framework|approach|model|system|algorithm|architecture|pipeline|module|network|technique|scheme|solution|tool),?\s+(?:(?:called|named|dubbed|termed|namely)\s+)?$/iu;
// "a coarse-fine preference modeling method is proposed", "Two algorithms, ACSII and CCIM, are developed".
const PASSIVE_PROPOSAL_AFTER =
  /^[^.;]{0,40}?\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:proposed|introduced|presented|developed|designed|devised)\b/i;
// "a novel reinforcement learning framework": the name modifies another head, which is the thing the sentence is about.
const HEAD_AFTER =
  /^(?:-(?:based|driven|guided|inspired|style))?\s+(?:framework|approach|method|model|architecture|algorithm|module|mechanism|strategy|pipeline|system|scheme|paradigm|technique|network|backbone|loss|objective|policy|agent)s?\b/i;
const TITLE_PREPOSITION = /\b(?:for|with|via|using|by|through|in|on|of|from|to|towards?|under|without|beyond|against)\b/gi;

/** In a title, the last preposition before the name ("… for Diffusion Language Models", "… via Trajectory Weighting"). */
function titlePreposition(before: string): string {
  let last = 'none';
  for (const m of before.matchAll(TITLE_PREPOSITION)) last = m[0].toLowerCase().replace(/s$/, '');
  return last;
}

const ACRONYM = /^[\p{Lu}\d][\p{Lu}\p{Ll}\d-]*\p{Lu}[\p{Lu}\p{Ll}\d-]*$/u;

/** Every place the text names the entity: its name, evidence and aliases, whole words, case ignored. */
export function mentionsOf(text: string, entity: ExtractedEntity): number[] {
  const lower = text.toLowerCase();
  const forms = new Set([entity.name, entity.evidence.mention, ...entity.aliases].map((f) => f.toLowerCase()).filter((f) => f.length >= 2));
  const starts = new Set<number>([entity.evidence.start]);
  for (const form of forms) {
    for (let at = lower.indexOf(form); at >= 0 && starts.size < 40; at = lower.indexOf(form, at + 1)) {
      // "RL" in "Sotopia-RL" names the longer thing, not RL.
      if (/[\p{L}\p{N}-]/u.test(lower[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(lower[at + form.length] ?? ' ')) continue;
      starts.add(at);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

const clauseBefore = (text: string, at: number): string =>
  text
    .slice(Math.max(0, at - 160), at)
    .split(/[.!?]\s|\n/)
    .pop() ?? '';

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The cue features of a method entity, as names: what the words around each mention say, where in
 * the paper it is named, what kind of name it is, how many other abstracts write it and the role the
 * cue rules gave it. The role classifier weighs them; the names are its model's keys.
 */
export function roleFeatures(paper: RoleText, entity: ExtractedEntity, lexicon: CompiledLexicon, frequencies?: NameFrequencies): string[] {
  const { text, titleEnd } = paper;
  const mentions = mentionsOf(text, entity);
  const features = new Set<string>(['bias', `cue:${entity.role ?? 'used'}`]);
  const titleColon = text.slice(0, titleEnd).indexOf(':');
  let titlePrep: string | undefined;
  for (const at of mentions) {
    const clause = clauseBefore(text, at);
    const near = clause.slice(-60);
    if (at < titleEnd) {
      features.add(titleColon > at ? 'title:before-colon' : 'title');
      titlePrep = titlePreposition(text.slice(titleColon >= 0 && titleColon < at ? titleColon : 0, at));
      features.add(`title-prep:${titlePrep}`);
      // "DiffDenoise: … with Conditional Diffusion Models": the title names its own system before the colon.
      if (titleColon >= 0 && titleColon < at && /^\S+$/.test(text.slice(0, titleColon).trim())) features.add('title:after-name-colon');
    }
    if (OWN_APPOSITION.test(near)) features.add('own-apposition');
    if (PROPOSED_BEFORE.test(clause)) features.add(proposalAboutEarlier(clause) ? 'we-propose:about-earlier' : 'we-propose');
    if (OWN_BEFORE.test(near)) features.add('own');
    if (USED_BEFORE.test(clause)) features.add('we-use');
    if (COMPARED_BEFORE.test(near)) features.add('compared');
    if (EXISTING_BEFORE.test(near)) features.add('existing');
    if (TOOL_BEFORE.test(near.slice(-30))) features.add('tool');
    if (SUCH_AS_BEFORE.test(near)) features.add('such-as');
    if (at >= titleEnd && COMPONENT_BEFORE.test(clause)) features.add('component');
    if (USE_VERB_BEFORE.test(near.slice(-40))) features.add('use-verb');
    if (NAMED_BEFORE.test(near)) features.add('named');
    const sentence = sentenceAround(text, at);
    if (/\b(?:we|our)\b/i.test(sentence)) features.add('sentence:we');
    if (/\b(?:propos|introduc|present|develop)\w*/i.test(sentence)) features.add('sentence:proposal-verb');
    if (/\b(?:existing|prior|previous|baselines?|state-of-the-art|outperform\w*|compared)\b/i.test(sentence))
      features.add('sentence:compared');
    const form = [entity.evidence.mention, entity.name].find((f) => text.slice(at, at + f.length).toLowerCase() === f.toLowerCase());
    const after = form ? text.slice(at + form.length, at + form.length + 50) : '';
    if (INTRODUCED_AFTER.test(after)) features.add('introduced-after');
    if (PASSIVE_PROPOSAL_AFTER.test(after)) features.add('proposed-after');
    if (HEAD_AFTER.test(after)) features.add('head-after');
    if (/^\s*\(\s*[\p{Lu}][\p{L}\d-]*\p{Lu}[\p{L}\d-]*\s*\)/u.test(after)) features.add('defines-acronym');
  }
  const count = mentions.length;
  if (mentions.every((at) => at < titleEnd)) features.add('title-only');
  features.add(`mentions:${count >= 3 ? '3+' : count}`);
  const first = mentions[0] ?? entity.evidence.start;
  const abstractLength = Math.max(1, text.length - titleEnd);
  features.add(first < titleEnd ? 'first:title' : `first:${Math.min(2, Math.floor((3 * (first - titleEnd)) / abstractLength))}`);
  const words = entity.name.split(/\s+/);
  features.add(`words:${Math.min(3, words.length)}`);
  // "LoRA: Low-Rank Adaptation of …": the title's whole head names the method (5,711 proposed to 24 used in the
  // training gold). What the lexicon and the corpus say of the name in general (well known, so mostly used) is
  // not evidence here: the paper may be where it came from.
  const head = titleColon > 0 ? text.slice(0, titleColon).trim().toLowerCase() : undefined;
  const titleHead = head !== undefined && [entity.name, ...entity.aliases].some((n) => n.toLowerCase() === head);
  if (titleHead) features.add('title:head');
  const known = !titleHead && lexiconEntryFor(entity.name, lexicon)?.type === 'method';
  if (known) features.add('lexicon');
  const coined = words.some(isCoinedName);
  if (coined) features.add('coined');
  if (entity.name === entity.name.toLowerCase()) features.add('lowercase');
  // "a Probabilistic Cluster-Guided Routing Mechanism" in the abstract: capitals there name something.
  else if (words.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && mentions.some((at) => at >= titleEnd))
    features.add(known ? 'capitalised&lexicon' : 'capitalised');
  if (entity.aliases.some((a) => ACRONYM.test(a))) features.add('acronym-alias');
  if (GENERIC_HEAD.test(entity.name)) features.add('generic-head');
  features.add(`confidence:${Math.round(entity.confidence * 10)}`);
  // Pairs the cue rules get wrong most often: a well-known technique a title names, a coined name nothing introduces.
  const inTitle = first < titleEnd;
  if (inTitle) features.add(known ? 'title&lexicon' : coined ? 'title&coined' : 'title&phrase');
  if (titlePrep !== undefined) features.add(`title-prep:${titlePrep}&${known ? 'lexicon' : coined ? 'coined' : 'phrase'}`);
  features.add(`cue:${entity.role ?? 'used'}&${known ? 'lexicon' : coined ? 'coined' : 'phrase'}`);
  if (frequencies && !titleHead) {
    const bucket = frequencyBucket(frequencies, entity.name);
    features.add(`frequency:${bucket}`);
    features.add(`frequency:${bucket}&${inTitle ? 'title' : 'abstract'}`);
    features.add(`frequency:${bucket}&cue:${entity.role ?? 'used'}`);
  }
  return [...features].sort();
}
