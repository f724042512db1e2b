import { Field, ID, InterfaceType } from 'type-graphql';

/** The object type of a Node value: papers have titles, entities names. */
export function nodeTypeName(value: object): 'Paper' | 'Entity' {
  return 'title' in value ? 'Paper' : 'Entity';
}

/**
 * Relay's object identification. Paper and entity ids are already global: an entity id is
 * `<kind>:<key>` with one of the seven kinds, and `node(id:)` tries that reading first, then a paper.
 */
@InterfaceType({
  description: 'Anything with a global id, refetchable with `node(id:)`: a paper or an entity.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: `<kind>:<key>` for entities, the paper id for papers.' })
  id!: string;
}
