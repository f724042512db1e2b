import 'reflect-metadata';
import { printSchema, type GraphQLFieldResolver, type GraphQLInterfaceType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EntityResolver } from './entity/entity.resolver.js';
import { ENTITY_QUERY_RESOLVERS } from './entity/entity-queries.resolver.js';
import { nodeTypeName } from './common/node.type.js';
import { NodeResolver } from './node/node.resolver.js';
import { entityListResolvers, PaperResolver } from './paper/paper.resolver.js';
import { RESULT_RESOLVERS } from './result/result.resolver.js';
import { StatsResolver } from './stats/stats.resolver.js';
import { RelatedPapersResolver } from './traversal/related-papers.resolver.js';
import { TraversalResolver } from './traversal/traversal.resolver.js';
import { SubgraphResolver } from './graph-view/subgraph.resolver.js';
import { CurationResolver } from './write/curation.resolver.js';
import { IngestPapersResolver } from './write/ingest-papers.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The GraphQL schema, built once from the resolver classes. Every object type sets
 * `simpleResolvers`: its plain fields are read by graphql-js's default resolver, not through
 * type-graphql's middleware wrapper (a closure call and an object for every field of every item).
 */
export function papergraphSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      PaperResolver,
      EntityResolver,
      ...ENTITY_QUERY_RESOLVERS,
      RelatedPapersResolver,
      TraversalResolver,
      SubgraphResolver,
      StatsResolver,
      IngestPapersResolver,
      CurationResolver,
      NodeResolver,
      ...RESULT_RESOLVERS,
    ],
    validate: false,
  }).then((built) => {
    // type-graphql wraps resolveType in an async function; graphql-jit (jit-executor.ts) needs the name at once.
    (built.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
    const paperFields = (built.getType('Paper') as GraphQLObjectType).getFields();
    for (const [name, resolve] of Object.entries(entityListResolvers()))
      paperFields[name]!.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    return built;
  });
  return schema;
}

export async function printPapergraphSchema(): Promise<string> {
  return `${printSchema(await papergraphSchema())}\n`;
}
