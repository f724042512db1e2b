import type { ExtractedEntity, MethodRole } from '../model/index.js';
import type { Candidate } from './candidate.js';
import { sentenceAt, type Span } from './text-spans.js';

interface Accepted {
  candidate: Candidate;
  confidence: number;
  role?: MethodRole;
  aliases: Set<string>;
}

/**
 * Resolves overlapping claims (the more confident one keeps the span; ties go to the earlier
 * rule) and merges the claims about one entity: the first mention is its evidence, the highest
 * confidence and a "proposed" role win, other surface forms become aliases.
 */
export function mergeCandidates(text: string, sentences: readonly Span[], candidates: readonly Candidate[]): ExtractedEntity[] {
  const ordered = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.confidence - a.c.confidence || a.i - b.i);
  const occupied: Candidate[] = [];
  const byEntity = new Map<string, Accepted>();
  for (const { c } of ordered) {
    // A topic is about the whole paper: its evidence span neither claims words nor yields them.
    const clash = c.type === 'topic' ? undefined : occupied.find((o) => o.start < c.end && c.start < o.end);
    const id = `${c.type}:${c.key}`;
    if (clash && `${clash.type}:${clash.key}` !== id) continue;
    if (!clash && c.type !== 'topic') occupied.push(c);
    const mention = text.slice(c.start, c.end);
    const existing = byEntity.get(id);
    if (!existing) {
      byEntity.set(id, { candidate: c, confidence: c.confidence, role: c.role, aliases: new Set([...(c.aliases ?? []), mention]) });
      continue;
    }
    existing.aliases.add(mention);
    for (const alias of c.aliases ?? []) existing.aliases.add(alias);
    if (c.role === 'proposed') existing.role = 'proposed';
    if (c.start < existing.candidate.start) existing.candidate = { ...c, name: existing.candidate.name, key: existing.candidate.key };
    existing.confidence = Math.max(existing.confidence, c.confidence);
  }
  return [...byEntity.values()]
    .sort((a, b) => a.candidate.start - b.candidate.start || a.candidate.type.localeCompare(b.candidate.type))
    .map(({ candidate: c, confidence, role, aliases }) => {
      const sentence = sentenceAt(sentences, c.start);
      aliases.delete(c.name);
      return {
        type: c.type,
        name: c.name,
        key: c.key,
        aliases: [...aliases].filter((a) => a.toLowerCase() !== c.name.toLowerCase()).sort(),
        evidence: { mention: text.slice(c.start, c.end), start: c.start, end: c.end, sentence: text.slice(sentence.start, sentence.end) },
        confidence,
        ...(c.type === 'method' ? { role: role ?? 'used' } : {}),
        ...(c.repoKind ? { repoKind: c.repoKind } : {}),
      };
    });
}
