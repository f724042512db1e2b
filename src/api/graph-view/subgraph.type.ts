import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EntityKind } from '../common/enums.js';

/** What a graph node is: a paper or any entity kind. */
export const NodeKind = { PAPER: 'paper', ...EntityKind } as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];
registerEnumType(NodeKind, { name: 'NodeKind', description: 'What a graph node is: a paper or a kind of entity.' });

@ObjectType({
  simpleResolvers: true,
  description: 'A node for visualisation (Cytoscape.js, sigma.js/graphology and d3-force take this shape).',
})
export class GraphNode {
  @Field(() => ID, { description: 'Paper id or entity id.' })
  id!: string;

  @Field(() => String, { description: 'Title of a paper, name of an entity.' })
  label!: string;

  @Field(() => NodeKind, { description: 'What the node is.' })
  type!: NodeKind;

  @Field(() => Float, { description: 'Papers: how many entities they mention; entities: how many papers mention them.' })
  size!: number;

  @Field(() => GraphQLJSONObject, {
    description: 'Other attributes: title, published, url for papers; name, aliases, paperCount for entities.',
  })
  properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'A link from a paper to an entity.' })
export class GraphEdge {
  @Field(() => ID, { description: '`<paper id>-><entity id>`.' })
  id!: string;

  @Field(() => ID, { description: 'The paper.' })
  source!: string;

  @Field(() => ID, { description: 'The entity.' })
  target!: string;

  @Field(() => String, {
    description: 'PROPOSES, USES_METHOD, EVALUATES_ON, USES_MODEL, ADDRESSES, REPORTS_METRIC, HAS_CODE or HAS_TOPIC.',
  })
  type!: string;

  @Field(() => Float, { description: "The extractor's confidence in the link." })
  weight!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and the edges among them.' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'The nodes.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges among the nodes.' })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when a limit left out nodes that would otherwise be here.' })
  truncated!: boolean;
}
