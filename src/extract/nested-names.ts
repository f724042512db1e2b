import { entityKey, singular, typedEntityKey, type ExtractedEntity } from '../model/index.js';

// The fewest words that name a thing of the type on its own: "accuracy" is a measure, "tracking" no task.
const MIN_WORDS = { task: 2, metric: 1 } as const;
type NestedType = keyof typeof MIN_WORDS;

const isNestedType = (type: string): type is NestedType => type in MIN_WORDS;
const wordsOf = (name: string): string[] => name.split(/\s+/).map((w) => singular(entityKey(w)));

/**
 * "Long video understanding" and "video understanding", "inference throughput" and "throughput": a
 * task or measure whose words end another one of the paper is that one with the modifier left off, so
 * the two are one entity, as the annotation guideline merges one entity's mentions. The entity is named
 * by its shortest form that names such a thing on its own (any measure, a task of two words or more)
 * and its evidence is the most specific mention, the one that says which kind the paper means. On
 * train25–26 (1,500 abstracts) predicted pairs like these were 87 times the longer form in the gold
 * alone, 57 times the shorter alone and 11 times both.
 *
 * A longer form that is a thing of its own is never folded into a shorter one: "mean average precision"
 * is no kind of "precision". `standsAlone` tells which (the lexicon lists it under the type, or the paper
 * gives it an acronym). The folded names become no aliases: an alias says two names are one entity
 * across the corpus, and "tracking" is not "6-DoF object tracking" in every other paper.
 */
export function joinNestedNames(
  entities: readonly ExtractedEntity[],
  standsAlone: (e: ExtractedEntity) => boolean = () => false,
): ExtractedEntity[] {
  // Longest first, so that each name joins the longest one it ends (a chain joins one group).
  const order = entities
    .map((e, i) => ({ e, i, words: isNestedType(e.type) ? wordsOf(e.name) : [] }))
    .sort((a, b) => b.words.length - a.words.length || a.i - b.i);
  // A group stays open to shorter names until a member that stands alone has joined it (or heads it).
  const groups: { head: (typeof order)[number]; members: ExtractedEntity[]; open: boolean }[] = [];
  const groupOf = new Map<number, number>();
  for (const item of order) {
    const at =
      item.words.length === 0
        ? -1
        : groups.findIndex(
            ({ head, open }) =>
              open && head.e.type === item.e.type && head.words.length > item.words.length && endsWith(head.words, item.words),
          );
    const alone = item.words.length > 0 && standsAlone(item.e);
    if (at >= 0) {
      groups[at]!.members.push(item.e);
      if (alone) groups[at]!.open = false;
    } else groupOf.set(item.i, groups.push({ head: item, members: [item.e], open: !alone }) - 1);
  }
  if (groups.length === entities.length) return [...entities];
  return entities.flatMap((_, i) => {
    const g = groupOf.get(i);
    return g === undefined ? [] : [joinGroup(groups[g]!.members)];
  });
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  const offset = words.length - tail.length;
  return tail.every((w, k) => words[offset + k] === w);
}

/** The group's first member is its longest: its evidence stays; the name is the shortest form that names the type alone. */
function joinGroup(members: readonly ExtractedEntity[]): ExtractedEntity {
  const head = members[0]!;
  if (members.length === 1) return head;
  const min = MIN_WORDS[head.type as NestedType];
  const named = members.reduce((best, e) => {
    const n = e.name.split(/\s+/).length;
    return n >= min && n < best.name.split(/\s+/).length ? e : best;
  }, head);
  const aliases = [...new Set(members.flatMap((e) => e.aliases))].filter((a) => a.toLowerCase() !== named.name.toLowerCase());
  return {
    ...head,
    name: named.name,
    key: typedEntityKey(head.type, named.name),
    aliases: aliases.sort(),
    confidence: Math.max(...members.map((e) => e.confidence)),
  };
}
