import { typedEntityKey, type EntityType, type ExtractedEntity } from '../../src/model/index.js';

/** A resolved entity whose evidence is the first `mention` in `text` (its sentence: the whole text), for the rules after the merge. */
export function entityAt(
  text: string,
  mention: string,
  { type = 'metric', name = mention }: { type?: EntityType; name?: string } = {},
): ExtractedEntity {
  const start = text.indexOf(mention);
  return {
    type,
    name,
    key: typedEntityKey(type, name),
    aliases: [],
    evidence: { mention, start, end: start + mention.length, sentence: text },
    confidence: 0.58,
  };
}
