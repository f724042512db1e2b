import type { ExtractedEntity } from '../model/index.js';

/**
 * "LLaMA 3.1 8B, 87.7% … the same plans improve LLaMA by only 5.7pp": a bare family name first written
 * after the paper's only release of that family is a short reference to that release, so the family
 * becomes its alias (and the join makes them one entity). With two releases ("Qwen2.5" and
 * "Qwen2.5-14B") the family is ambiguous and stays an entity of its own.
 */
export function withFamilyReferences(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const models = entities.filter((e) => e.type === 'model');
  if (models.length < 2) return [...entities];
  const aliasesOf = new Map<ExtractedEntity, string[]>();
  for (const family of models) {
    if (/\d/.test(family.name)) continue;
    const forms = new Set([family.name, family.evidence.mention].map((f) => f.toLowerCase()));
    const releases = models.filter((e) => e !== family && [...forms].some((f) => isReleaseOf(e.name.toLowerCase(), f)));
    // A reference points back: "models such as Stable Diffusion … Stable Diffusion 3.5 Large Turbo" names the family first.
    if (releases.length !== 1 || releases[0]!.evidence.start > family.evidence.start) continue;
    aliasesOf.set(releases[0]!, [...(aliasesOf.get(releases[0]!) ?? []), family.name]);
  }
  if (aliasesOf.size === 0) return [...entities];
  return entities.map((e) => {
    const extra = aliasesOf.get(e)?.filter((a) => !e.aliases.includes(a));
    return extra?.length ? { ...e, aliases: [...e.aliases, ...extra].sort() } : e;
  });
}

/** "llama 3.1 8b", "llama-3.1", "qwen2.5" are releases of "llama" / "qwen"; "llamaguard" is not. */
function isReleaseOf(name: string, family: string): boolean {
  return name.length > family.length && name.startsWith(family) && /^[\s\-_]?\d|^[\s\-_]v\d/.test(name.slice(family.length));
}
