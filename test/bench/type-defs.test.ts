import { Neo4jGraphQL } from '@neo4j/graphql';
import { describe, expect, it } from 'vitest';
import { namedInTypeDefs, neo4jGraphqlTypeDefs } from '../../scripts/bench/neo4j-graphql/type-defs.js';
import { LABEL_OF_TYPE, RELATIONS } from '../../src/graph/graph-model.js';

// The side-by-side benchmark is only fair while the library reads the graph papergraph writes.
describe('the Neo4j GraphQL Library type definitions of the benchmark', () => {
  const typeDefs = neo4jGraphqlTypeDefs();

  it('name exactly the labels and relationship types papergraph writes', () => {
    const { labels, relations } = namedInTypeDefs(typeDefs);
    expect([...labels].sort()).toEqual(['Entity', 'Paper', ...Object.values(LABEL_OF_TYPE)].sort());
    expect([...relations].sort()).toEqual([...RELATIONS].sort());
  });

  it('build a schema with the full-text query over the paper index', async () => {
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain('papersByText');
  });
});
