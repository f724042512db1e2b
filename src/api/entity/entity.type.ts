import { Field, ID, Int, ObjectType } from 'type-graphql';
import { repositoryName, type EntityNode } from '../../model/index.js';
import { EntityKind } from '../common/enums.js';
import { Node } from '../common/node.type.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A method, benchmark, model, task, metric, link or topic: one node per real entity across the corpus.',
})
export class Entity {
  @Field(() => ID, { description: 'Stable id: `<kind>:<normalised key>`.' })
  id!: string;

  @Field(() => EntityKind, { description: 'What the entity is.' })
  type!: EntityKind;

  @Field(() => String, {
    description:
      'Canonical name; for links, `owner/repo` on a code host (GitHub, GitLab, Hugging Face), else the address without its scheme: the URL itself is `url`.',
  })
  name!: string;

  @Field(() => String, { nullable: true, description: 'For links: the URL, as the paper gives it; null for other kinds.' })
  url?: string;

  @Field(() => [String], { description: 'Other ways papers write this entity (acronyms, spellings).' })
  aliases!: string[];

  @Field(() => Int, { description: 'How many papers mention this entity.' })
  paperCount!: number;

  @Field(() => String, { nullable: true, description: 'For links: code, project-page or model-hub.' })
  repoKind?: string;

  static of(node: EntityNode): Entity {
    const entity = new Entity();
    entity.id = node.id;
    entity.type = node.type as EntityKind;
    entity.name = node.type === 'repo' ? repositoryName(node.name) : node.name;
    if (node.type === 'repo') entity.url = node.name;
    entity.aliases = node.aliases.length > 0 ? [...node.aliases] : [];
    entity.paperCount = node.paperCount;
    if (node.repoKind) entity.repoKind = node.repoKind;
    return entity;
  }
}
