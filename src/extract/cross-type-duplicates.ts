import { typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { lexiconEntryFor, type CompiledLexicon } from './lexicon.js';

const NAMED_TYPES = ['method', 'benchmark', 'model', 'task', 'metric'] as const;

/**
 * One entity per defined thing across types. When entities of two types name each other (one's alias
 * is the other's name: "Contrastive Language-Image Pre-training" as a method with alias "CLIP", and
 * "CLIP" as a model), the paper means one thing: `prefer` picks the reading that stays, and it takes
 * the other's names as aliases. Within one type, joinAliasedEntities has already joined such pairs.
 */
export function withoutCrossTypeDuplicates(
  entities: readonly ExtractedEntity[],
  prefer: (a: ExtractedEntity, b: ExtractedEntity) => ExtractedEntity,
): ExtractedEntity[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const e of entities) if (isNamed(e)) byKey.set(`${e.type}:${e.key}`, e);
  const replaced = new Map<ExtractedEntity, ExtractedEntity | null>();
  const current = (e: ExtractedEntity): ExtractedEntity | null => {
    let c: ExtractedEntity | null = e;
    while (c !== null && replaced.has(c)) c = replaced.get(c)!;
    return c;
  };
  for (const e of entities) {
    if (!isNamed(e)) continue;
    for (const alias of e.aliases) {
      for (const type of NAMED_TYPES) {
        const a = current(e);
        const b = type === e.type ? undefined : byKey.get(`${type}:${typedEntityKey(type, alias)}`);
        if (a === null || b === undefined || current(b) !== b || a.type === b.type) continue;
        const kept = prefer(a, b);
        const gone = kept === a ? b : a;
        const joined = withNamesOf(kept, gone);
        if (joined !== kept) replaced.set(kept, joined);
        replaced.set(gone, null);
      }
    }
  }
  if (replaced.size === 0) return [...entities];
  return entities.flatMap((e) => current(e) ?? []);
}

/**
 * The reading a defined pair keeps: the lexicon's, unless the lexicon spells the acronym out otherwise
 * ("DER (Data-Efficient Rainbow)" is no diarization error rate); else the spelled-out form's, since the long
 * form says what the thing is ("neural machine translation (NMT)" is a task, whatever "NMT" looked like).
 */
export function lexiconReading(lexicon: CompiledLexicon): (a: ExtractedEntity, b: ExtractedEntity) => ExtractedEntity {
  const listed = (e: ExtractedEntity, other: ExtractedEntity): boolean => {
    const entry = lexiconEntryFor(e.name, lexicon);
    if (entry?.type !== e.type) return false;
    const spelled = [entry.name, ...(entry.aliases ?? [])].filter((n) => /\s/.test(n)).map((n) => n.toLowerCase());
    return spelled.length === 0 || spelled.includes(other.name.toLowerCase());
  };
  return (a, b) => {
    const [listedA, listedB] = [listed(a, b), listed(b, a)];
    if (listedA !== listedB) return listedA ? a : b;
    return b.name.length > a.name.length ? b : a;
  };
}

function isNamed(e: ExtractedEntity): boolean {
  return (NAMED_TYPES as readonly string[]).includes(e.type);
}

function withNamesOf(kept: ExtractedEntity, gone: ExtractedEntity): ExtractedEntity {
  const seen = new Set([kept.name.toLowerCase(), ...kept.aliases.map((a) => a.toLowerCase())]);
  const extra = [gone.name, ...gone.aliases].filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  return extra.length === 0 ? kept : { ...kept, aliases: [...kept.aliases, ...extra].sort() };
}
