import { typedEntityKey } from '../../model/index.js';
import { changed, type Candidate } from '../candidate.js';
import type { AcronymDefinition } from './acronyms.js';

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Alzheimer's Disease (AD) … AD classification": a task or measure named with an acronym the paper
 * defines is named by the long form ("alzheimer's disease classification"), and one that carries its
 * own definition drops it ("Human-Object Interaction (HOI) detection" is human-object interaction
 * detection, and so does a tagger span cut inside it, "Time-To-First-Token (TTFT"); the mention stays as written. Names a rule already canonicalised are left as they are.
 */
export function withSpelledOutAcronyms(c: Candidate, text: string, definitions: readonly AcronymDefinition[]): Candidate {
  if ((c.type !== 'task' && c.type !== 'metric') || definitions.length === 0) return c;
  const mention = text.slice(c.start, c.end);
  if (c.name.toLowerCase() !== mention.toLowerCase()) return c;
  let name = mention;
  for (const { acronym, longForm } of definitions) {
    if (name === acronym || !name.includes(acronym)) continue;
    const word = escaped(acronym);
    name = name
      .replace(new RegExp(String.raw`\s*\(${word}(?:\)|$)`, 'gu'), '')
      .replace(new RegExp(String.raw`(?<![\p{L}\p{N}-])${word}(?![\p{L}\p{N}-])`, 'gu'), longForm);
  }
  if (name === mention) return c;
  const lower = name.toLowerCase();
  return changed(c, { name: lower, key: typedEntityKey(c.type, lower) });
}
