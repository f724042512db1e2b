import type { ExtractedEntity, MethodRole } from '../model/index.js';
import { changed, type Candidate } from './candidate.js';
import { evidenceAt, type Span } from './text-spans.js';

/**
 * An entity's merged claims. A class, not an object literal: the literal's fields took their first value's
 * representation (a link's confidence 1 is a small integer), and with candidates in one shape V8 then read every
 * other confidence as a double into that integer field, deoptimising the merge dozens of times a run.
 */
class Accepted {
  confidence: number;
  role: MethodRole | undefined;
  readonly aliases: Set<string>;

  constructor(public candidate: Candidate) {
    this.confidence = candidate.confidence;
    this.role = candidate.role;
    this.aliases = new Set(candidate.aliases);
  }
}

/**
 * Resolves overlapping claims (the more confident one keeps the span; ties go to the earlier
 * rule) and merges the claims about one entity: the first mention is its evidence, the highest
 * confidence and a "proposed" role win, other surface forms become aliases.
 */
export function mergeCandidates(text: string, sentences: readonly Span[], candidates: readonly Candidate[]): ExtractedEntity[] {
  const ordered = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.confidence - a.c.confidence || a.i - b.i);
  const occupied = new OccupiedSpans(candidates);
  const byEntity = new Map<string, Accepted>();
  for (const { c } of ordered) {
    // A topic is about the whole paper: its evidence span neither claims words nor yields them.
    const clash = c.type === 'topic' ? undefined : occupied.firstOverlapping(c);
    const id = `${c.type}:${c.key}`;
    if (clash && `${clash.type}:${clash.key}` !== id) continue;
    if (!clash && c.type !== 'topic') occupied.claim(c);
    const mention = text.slice(c.start, c.end);
    const existing = byEntity.get(id);
    if (!existing) {
      const accepted = new Accepted(c);
      accepted.aliases.add(mention);
      byEntity.set(id, accepted);
      continue;
    }
    existing.aliases.add(mention);
    for (const alias of c.aliases ?? []) existing.aliases.add(alias);
    if (c.role === 'proposed') existing.role = 'proposed';
    if (c.start < existing.candidate.start) existing.candidate = changed(c, { name: existing.candidate.name, key: existing.candidate.key });
    existing.confidence = Math.max(existing.confidence, c.confidence);
  }
  return [...byEntity.values()]
    .sort((a, b) => a.candidate.start - b.candidate.start || a.candidate.type.localeCompare(b.candidate.type))
    .map(({ candidate: c, confidence, role, aliases }) => {
      aliases.delete(c.name);
      return {
        type: c.type,
        name: c.name,
        key: c.key,
        aliases: [...aliases].filter((a) => a.toLowerCase() !== c.name.toLowerCase()).sort(),
        evidence: evidenceAt(text, sentences, c.start, c.end),
        confidence,
        ...(c.type === 'method' ? { role: role ?? 'used' } : {}),
        ...(c.repoKind ? { repoKind: c.repoKind } : {}),
      };
    });
}

/**
 * The spans claimed so far, which never overlap each other, indexed by character: finding the first
 * claimed span that overlaps a candidate costs the candidate's length, not a scan of every claim
 * (which made extraction quadratic in the length of the text).
 */
class OccupiedSpans {
  private readonly claims: Candidate[] = [];
  /** The claim covering each character, or -1. */
  private readonly owner: Int32Array;
  /** The empty claim at each offset, or -1: an empty span clashes with spans strictly around it. */
  private readonly emptyAt: Int32Array;

  constructor(candidates: readonly Candidate[]) {
    const size = candidates.reduce((n, c) => Math.max(n, c.end + 1), 1);
    this.owner = new Int32Array(size).fill(-1);
    this.emptyAt = new Int32Array(size).fill(-1);
  }

  /** The earliest claim overlapping the span (start < other end and other start < end), as a scan in claim order would find. */
  firstOverlapping(c: Candidate): Candidate | undefined {
    let first = -1;
    const earlier = (index: number): void => {
      if (index >= 0 && (first === -1 || index < first)) first = index;
    };
    if (c.start >= c.end) {
      // An empty span at x clashes with a claim covering both x - 1 and x.
      const around = c.start > 0 ? this.owner[c.start - 1]! : -1;
      if (around >= 0 && this.owner[c.start] === around) earlier(around);
    } else {
      for (let i = Math.max(0, c.start); i < c.end; i++) earlier(this.owner[i]!);
      for (let i = Math.max(0, c.start + 1); i < c.end; i++) earlier(this.emptyAt[i]!);
    }
    return first === -1 ? undefined : this.claims[first];
  }

  claim(c: Candidate): void {
    const index = this.claims.push(c) - 1;
    if (c.start >= c.end) {
      if (c.start >= 0 && this.emptyAt[c.start] === -1) this.emptyAt[c.start] = index;
    } else {
      for (let i = Math.max(0, c.start); i < c.end; i++) this.owner[i] = index;
    }
  }
}
