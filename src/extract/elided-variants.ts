import { typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { changed, type Candidate } from './candidate.js';
import { evidenceAt, type Span } from './text-spans.js';

/** One model a slash-joined mention names besides its first ("Llama-3.1-70B-Instruct" of "Llama-3.1-8B/70B-Instruct"). */
export interface ElidedVariant {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

// The parts a slash may join: sizes ("8B/70B"), versions ("2/3.1", "3.5/3.7") or variant words ("medium/XL",
// "Haiku/Sonnet/Opus"). Every part of one mention is of one kind: "ViT-B/16" is a patch size, no variants.
const KINDS = [
  { kind: 'size', last: /(?<![\p{L}\p{N}.])\d+(?:\.\d+)?[BMK]$/u, next: /^\s?\/\s?(\d+(?:\.\d+)?[BMK])(?![\p{L}\p{N}])/u },
  { kind: 'version', last: /(?<![\p{N}.])\d+(?:\.\d+)*$/u, next: /^\s?\/\s?(\d+(?:\.\d+)*)(?![\p{L}\p{N}]|\.\d)/u },
  { kind: 'word', last: /(?<=[\s-])[\p{L}]{2,}$/u, next: /^\s?\/\s?(\p{L}{2,})(?![\p{L}\p{N}]|[-.][\p{L}\p{N}])/u },
] as const;
// The variant words a slash joins: checkpoint sizes and product tiers ("GPT-2 medium/XL", "Claude Haiku/Sonnet/Opus");
// other words around a slash are pairs of names ("Gemini 3.5 Flash / Pi terminal coding harness").
const VARIANT_WORDS = new Set(
  'tiny mini small base medium large huge xl xxl nano lite haiku sonnet opus flash pro ultra instruct chat'.split(' '),
);
// What follows the last part and belongs to every variant: hyphen-joined segments ("-Instruct") or one spaced variant word.
const SUFFIX =
  /^(?:(?:-[\p{L}\p{N}]+)+|\s(?:Sonnet|Opus|Haiku|Instruct|Chat|Base|Pro|Flash|Mini|mini|Turbo|VL|sonnet|opus|haiku)(?![\p{L}\p{N}-]))/u;

/**
 * Model names that share a family and differ in one part joined by slashes: "Llama-3.1-8B/70B-Instruct",
 * "Gemma 3 4B / 27B", "GPT-2 medium/XL", "Llama-2/3.1". The model candidate at the start of such a mention
 * (the family the rules or the tagger found) is widened to the whole mention and named as its first variant;
 * each other variant is returned to become an entity with that mention as its evidence. Runs after the tagger
 * and the arbiter, so the tagger's features do not change.
 */
export function withElidedVariants(candidates: readonly Candidate[], text: string): { candidates: Candidate[]; variants: ElidedVariant[] } {
  const variants: ElidedVariant[] = [];
  const widened = new Map<Candidate, Candidate>();
  for (const c of candidates) {
    if (c.type !== 'model' || widened.has(c)) continue;
    const found = elidedAt(text, c);
    if (!found) continue;
    const [first, ...others] = found.names;
    const name = text.slice(c.start, c.end) === first ? c.name : first!;
    widened.set(c, changed(c, { end: found.end, name, key: typedEntityKey('model', name) }));
    for (const other of others) variants.push({ name: other, start: c.start, end: found.end, confidence: c.confidence });
  }
  if (widened.size === 0) return { candidates: [...candidates], variants };
  // A widened candidate takes its whole mention: shorter claims inside it ("70B", "Instruct") give way.
  const spans = [...widened.values()];
  const inside = (c: Candidate): boolean =>
    spans.some((w) => w.start <= c.start && c.end <= w.end && !(w.start === c.start && w.end === c.end));
  const kept = candidates.filter((c) => widened.has(c) || c.type === 'topic' || c.type === 'repo' || !inside(c));
  return { candidates: kept.map((c) => widened.get(c) ?? c), variants };
}

/** The names of the mention starting at the model candidate `c`, and where it ends; undefined without a slash of variants. */
function elidedAt(text: string, c: Candidate): { names: string[]; end: number } | undefined {
  const surface = text.slice(c.start, c.end);
  const inner = surface.indexOf('/');
  // The slash inside the candidate, right after it, or after one more part ("GPT-2" of "GPT-2 medium/XL").
  const after = text.slice(c.end, c.end + 16);
  const onePart = /^\s(?:\p{L}{2,}|\d+(?:\.\d+)?[BMK])(?=\s?\/\s?[\p{L}\p{N}])/u.exec(after)?.[0];
  let slash = -1;
  if (inner >= 0) slash = c.start + inner;
  else if (/^\s?\/\s?[\p{L}\p{N}]/u.test(after)) slash = c.end;
  else if (onePart) slash = c.end + onePart.length;
  if (slash < 0) return undefined;
  const head = text.slice(c.start, slash).replace(/\s$/u, '');
  for (const { kind, last, next } of KINDS) {
    const first = last.exec(head)?.[0];
    if (!first) continue;
    const prefix = head.slice(0, head.length - first.length);
    const allowed = (part: string): boolean => (kind === 'word' ? VARIANT_WORDS.has(part.toLowerCase()) : true);
    if (!/[\p{L}]/u.test(prefix) || !allowed(first)) return undefined;
    const parts = [first];
    let at = c.start + head.length;
    for (let m = next.exec(text.slice(at, at + 24)); m; m = next.exec(text.slice(at, at + 24))) {
      if (!allowed(m[1]!)) break;
      parts.push(m[1]!);
      at += m[0].length;
    }
    if (parts.length < 2) return undefined;
    const suffix = kind === 'word' ? '' : (SUFFIX.exec(text.slice(at, at + 24))?.[0] ?? '');
    return { names: parts.map((p) => prefix + p + suffix), end: at + suffix.length };
  }
  return undefined;
}

/** The variants as entities, each once, beside the entities of the paper (a variant already found keeps its entity). */
export function withVariantEntities(
  entities: ExtractedEntity[],
  variants: readonly ElidedVariant[],
  text: string,
  sentences: readonly Span[],
): ExtractedEntity[] {
  if (variants.length === 0) return entities;
  const keys = new Set(entities.map((e) => e.key));
  const added: ExtractedEntity[] = [];
  for (const v of variants) {
    const key = typedEntityKey('model', v.name);
    if (keys.has(key)) continue;
    keys.add(key);
    added.push({
      type: 'model',
      name: v.name,
      key,
      aliases: [],
      evidence: evidenceAt(text, sentences, v.start, v.end),
      confidence: v.confidence,
    });
  }
  return [...entities, ...added];
}
