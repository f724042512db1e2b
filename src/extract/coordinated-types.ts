import { typedEntityKey } from '../model/index.js';
import { changed, type Candidate } from './candidate.js';
import { lexiconEntryFor, type CompiledLexicon } from './lexicon.js';
import { isCoinedName } from './rules/names.js';

/**
 * Names joined in one list are one kind of thing: in "SigLIP2-Giant and E5-Small-v2", "e.g., StarCoder
 * and Code Llama" or "PixArt-α and MagicDrive-V2" every member is a model once one of them surely is
 * (the lexicon or the model-name shapes say so). A coined name the tagger typed as a dataset in such a
 * list, or a lexicon model it typed as a technique, is retyped to model, with every other mention of it
 * typed the same way. Runs on the combined candidates, after the tagger and
 * the arbiter, so nothing the tagger reads as a feature changes.
 */
export function withCoordinatedTypes(candidates: readonly Candidate[], text: string, lexicon: CompiledLexicon): Candidate[] {
  const named = candidates
    .filter((c) => c.type === 'model' || c.type === 'benchmark' || c.type === 'method')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (named.length < 2) return [...candidates];
  const sure = (c: Candidate): boolean =>
    c.rule === 'lexicon' || lexiconEntryFor(c.name, lexicon)?.type === c.type || (c.type === 'model' && c.rule === 'model-shape');
  const retyped = new Set<string>();
  for (const list of coordinatedLists(named, text)) {
    if (!list.some((c) => c.type === 'model' && sure(c))) continue;
    // A list that surely names a dataset or a technique too is mixed ("on CIFAR-10, FFHQ, … and Stable Diffusion"):
    // its members of that type keep it.
    const mixed = new Set(list.filter((c) => c.type !== 'model' && sure(c)).map((c) => c.type));
    for (const c of list)
      if (c.type !== 'model' && !mixed.has(c.type) && mayBeModel(c, text, lexicon)) retyped.add(`${c.type}\u0000${c.name}`);
  }
  if (retyped.size === 0) return [...candidates];
  return candidates.map((c) =>
    retyped.has(`${c.type}\u0000${c.name}`) ? changed(c, { type: 'model', key: typedEntityKey('model', c.name), role: undefined }) : c,
  );
}

/**
 * Runs of names joined by list separators. A comma after "and" or "or" ends a list ("PixArt-α and MagicDrive-V2,
 * CoReDiT achieves"), and names joined by commas alone are a list only inside parentheses ("(TableBank-LaTeX,
 * TableBank-Word)"; not "On TouchReason-Bench, Touch-R1-7B outperforms").
 */
function coordinatedLists(named: readonly Candidate[], text: string): Candidate[][] {
  const lists: Candidate[][] = [];
  let list: Candidate[] = [];
  let conjoined = false;
  const close = (): void => {
    const last = list[list.length - 1];
    if (list.length > 1 && last && (conjoined || /^\s*\)/u.test(text.slice(last.end, last.end + 3)))) lists.push(list);
    list = [];
    conjoined = false;
  };
  let last: Candidate | undefined;
  for (const c of named) {
    if (last && c.start < last.end) continue;
    const gap = last ? text.slice(last.end, c.start) : '';
    const joins = last !== undefined && COORDINATION.test(gap);
    const bareComma = joins && !/\b(?:and|or)\b|[&/]/u.test(gap);
    if (joins && !(bareComma && conjoined)) {
      list.push(c);
      conjoined ||= !bareComma;
    } else {
      close();
      list = [c];
    }
    last = c;
  }
  close();
  return lists;
}

// What joins two list members: a comma, "and", "or", "&" or a slash, after an optional parenthesis ("BiomedParse (biomedical) and DINOv3").
const COORDINATION = /^(?:\s*\([^()]{0,40}\))?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/u;

const VERSION = /^[vV]?\d+(?:\.\d+)*$/u;

/**
 * A lexicon model, or — for a name typed as a dataset — a coined name (every word coined, or a version after the
 * first: "ShuffleNet v2") the lexicon types no other way. A technique stays one unless the lexicon lists it as a
 * model: a detector and a tracker ("YOLOv12 and BoT-SORT") are listed together too.
 */
function mayBeModel(c: Candidate, text: string, lexicon: CompiledLexicon): boolean {
  const known = lexiconEntryFor(c.name, lexicon);
  if (known) return known.type === 'model';
  if (c.type !== 'benchmark') return false;
  const surface = text.slice(c.start, c.end);
  return surface.split(/\s+/).every((w, i) => isCoinedName(w) || (i > 0 && VERSION.test(w)));
}
