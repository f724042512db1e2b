import type { ExtractedEntity } from '../model/index.js';

/**
 * "LLaMA 3.1 8B, 87.7% … the same plans improve LLaMA by only 5.7pp": a bare family name first written
 * after the paper's only release of that family is a short reference to that release, so the family
 * becomes its alias (and the join makes them one entity). After two releases ("Qwen2.5" and
 * "Qwen2.5-14B … Qwen models") it speaks of both and is dropped; named before them, it stays an entity.
 */
export function withFamilyReferences(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const models = entities.filter((e) => e.type === 'model');
  if (models.length < 2) return [...entities];
  const aliasesOf = new Map<ExtractedEntity, string[]>();
  const references = new Set<ExtractedEntity>();
  for (const family of models) {
    if (/\d/.test(family.name)) continue;
    const forms = new Set([family.name, family.evidence.mention].map((f) => f.toLowerCase()));
    const releases = models.filter((e) => e !== family && [...forms].some((f) => isReleaseOf(e.name.toLowerCase(), f)));
    // A reference points back: "models such as Stable Diffusion … Stable Diffusion 3.5 Large Turbo" names the family first.
    if (releases.length === 0 || releases.some((r) => r.evidence.start > family.evidence.start)) continue;
    if (releases.length === 1) aliasesOf.set(releases[0]!, [...(aliasesOf.get(releases[0]!) ?? []), family.name]);
    // "GPT-4, GPT-3.5 … may rival GPT": after two releases the bare family speaks of them, no model of its own.
    else references.add(family);
  }
  if (aliasesOf.size === 0 && references.size === 0) return [...entities];
  return entities
    .filter((e) => !references.has(e))
    .map((e) => {
      const extra = aliasesOf.get(e)?.filter((a) => !e.aliases.includes(a));
      return extra?.length ? { ...e, aliases: [...e.aliases, ...extra].sort() } : e;
    });
}

/** "llama 3.1 8b", "llama-3.1", "qwen2.5" are releases of "llama" / "qwen"; "llamaguard" is not. */
function isReleaseOf(name: string, family: string): boolean {
  return name.length > family.length && name.startsWith(family) && /^[\s\-_]?\d|^[\s\-_]v\d/.test(name.slice(family.length));
}
