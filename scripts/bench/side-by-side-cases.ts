// The queries of the side-by-side benchmark: each as papergraph's GraphQL, the Neo4j GraphQL
// Library's best form of the same question, and the floor — the store call papergraph's resolvers
// make, straight through neo4j-driver with no GraphQL layer.
import type { Neo4jStore } from '../../src/graph/index.js';
import { luceneQuery } from '../../src/graph/neo4j/neo4j-rows.js';
import { SEARCH_COUNT_LIMIT } from '../../src/api/paper/search-count.js';
import { encodeCursor } from '../../src/api/common/cursor.js';
import type { GraphqlRequest } from './support.js';

/** Names and ids drawn from the loaded graph, so that every request asks about something real. */
export interface Fixtures {
  /** The 50 benchmarks with the most papers. */
  readonly topBenchmarks: readonly string[];
  /** Benchmarks of middling size (ranks 51–250), for the depth-2 neighbourhood. */
  readonly midBenchmarks: readonly string[];
  /** Ids of papers that evaluate on some benchmark. */
  readonly benchmarkPapers: readonly string[];
  readonly paperIds: readonly string[];
  readonly searchTerms: readonly string[];
}

export interface SideBySideCase {
  readonly name: string;
  readonly papergraph: (i: number) => GraphqlRequest;
  readonly neo4jGraphql: (i: number) => GraphqlRequest;
  readonly driver: (store: Neo4jStore, i: number) => Promise<unknown>;
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

const ENTITY_FIELDS = 'id name paperCount';

export function sideBySideCases(f: Fixtures): SideBySideCase[] {
  return [
    {
      name: 'benchmark with its 20 newest papers',
      papergraph: (i) => ({
        query: `query($n: String!) { benchmark(name: $n) { name paperCount papers(first: 20) { edges { node { id title published } } } } }`,
        variables: { n: pick(f.topBenchmarks, i) },
      }),
      // Each link carries the paper's sort key, so the library can order a connection by an edge property.
      neo4jGraphql: (i) => ({
        query: `query($n: String!) { benchmarks(where: {name: {eq: $n}}, limit: 1) { name paperCount papersConnection(first: 20, sort: [{edge: {sortKey: ASC}}]) { edges { node { id title published } } } } }`,
        variables: { n: pick(f.topBenchmarks, i) },
      }),
      // As the resolver asks: its selection shows no abstract, metadata or evidence.
      driver: (store, i) =>
        store.findEntityWithPapers('benchmark', pick(f.topBenchmarks, i), {
          first: 20,
          offset: 0,
          withAbstract: false,
          withMetadata: false,
          withEvidence: false,
        }),
    },
    {
      name: '20 newest papers with methods, benchmarks, paper counts',
      papergraph: (i) => ({
        query: `query($after: String) { papers(first: 20, after: $after) { edges { node { id title methods { name paperCount } benchmarks { name paperCount } } } } }`,
        variables: { after: i % 10 === 0 ? null : encodeCursor({ field: 'papers' }, (i % 10) * 20 - 1) },
      }),
      // `sortKey >= ""` lets the library's ORDER BY use the range index, as papergraph's own Cypher does.
      neo4jGraphql: (i) => ({
        query: `query($offset: Int) { papers(where: {sortKey: {gte: ""}}, sort: [{sortKey: ASC}], limit: 20, offset: $offset) { id title proposes { name paperCount } usesMethods { name paperCount } benchmarks { name paperCount } } }`,
        variables: { offset: (i % 10) * 20 },
      }),
      driver: (store, i) =>
        store.listPapers({
          first: 20,
          offset: (i % 10) * 20,
          count: false,
          links: ['method', 'benchmark'],
          withAbstract: false,
          withMetadata: false,
          withAliases: false,
        }),
    },
    {
      name: 'papers sharing a benchmark with a paper',
      papergraph: (i) => ({
        query: `query($id: ID!) { relatedPapers(paperId: $id, via: [BENCHMARK], first: 10) { edges { score node { id title } shared { name } } } }`,
        variables: { id: pick(f.benchmarkPapers, i) },
      }),
      neo4jGraphql: (i) => ({
        query: `query($id: ID!) { papers(where: {id: {eq: $id}}) { benchmarks { name papers(limit: 10) { id title } } } }`,
        variables: { id: pick(f.benchmarkPapers, i) },
      }),
      driver: (store, i) =>
        store.relatedPapers(pick(f.benchmarkPapers, i), {
          via: ['benchmark'],
          text: false,
          first: 10,
          offset: 0,
          count: false,
          withAbstract: false,
          withMetadata: false,
          withAliases: false,
        }),
    },
    {
      name: 'depth-2 neighbourhood of a mid-size benchmark',
      papergraph: (i) => ({
        query: `query($n: String!) { neighborhood(of: {type: BENCHMARK, name: $n}, depth: 2, limit: 100) { nodes { id label type size } edges { source target } } }`,
        variables: { n: pick(f.midBenchmarks, i) },
      }),
      neo4jGraphql: (i) => ({
        query: `query($n: String!) { benchmarks(where: {name: {eq: $n}}) { ${ENTITY_FIELDS} papers(limit: 20) { id title proposes { ${ENTITY_FIELDS} } usesMethods { ${ENTITY_FIELDS} } benchmarks { ${ENTITY_FIELDS} } models { ${ENTITY_FIELDS} } tasks { ${ENTITY_FIELDS} } } } }`,
        variables: { n: pick(f.midBenchmarks, i) },
      }),
      driver: async (store, i) => {
        const entity = await store.findEntity('benchmark', pick(f.midBenchmarks, i));
        return store.neighborhood(entity!.id, { depth: 2, limit: 100 });
      },
    },
    {
      name: 'neighbourhood limit 200 around a top-50 benchmark',
      papergraph: (i) => ({
        query: `query($n: String!) { neighborhood(of: {type: BENCHMARK, name: $n}, depth: 2, limit: 200) { nodes { id label type size } edges { source target } } }`,
        variables: { n: pick(f.topBenchmarks, i) },
      }),
      neo4jGraphql: (i) => ({
        query: `query($n: String!) { benchmarks(where: {name: {eq: $n}}) { ${ENTITY_FIELDS} papers(limit: 40) { id title proposes { ${ENTITY_FIELDS} } usesMethods { ${ENTITY_FIELDS} } benchmarks { ${ENTITY_FIELDS} } models { ${ENTITY_FIELDS} } tasks { ${ENTITY_FIELDS} } } } }`,
        variables: { n: pick(f.topBenchmarks, i) },
      }),
      driver: async (store, i) => {
        const entity = await store.findEntity('benchmark', pick(f.topBenchmarks, i));
        return store.neighborhood(entity!.id, { depth: 2, limit: 200 });
      },
    },
    {
      name: 'full-text search, 10 and a count up to 1,000',
      papergraph: (i) => ({
        query: `query($s: String!) { papers(search: $s, first: 10) { totalCount totalCountIsExact edges { score node { id title } } } }`,
        variables: { s: pick(f.searchTerms, i) },
      }),
      // The Lucene query papergraph sends for the same words (every word, the last also as a prefix), so
      // that both sides do the same index work. papergraph's count stops at 1,000, which the library
      // cannot do; it is asked for no total (though it still collects every match).
      neo4jGraphql: (i) => ({
        query: `query($s: String!) { papersByText(phrase: $s, first: 10) { edges { score node { id title } } } }`,
        variables: { s: luceneQuery(pick(f.searchTerms, i)) },
      }),
      driver: (store, i) =>
        store.listPapers({ search: pick(f.searchTerms, i), first: 10, offset: 0, countUpTo: SEARCH_COUNT_LIMIT, withAbstract: false }),
    },
    {
      name: 'paper page',
      papergraph: (i) => ({
        query: `query($id: ID!) { paper(id: $id) { id title abstract published methods { name } benchmarks { name } models { name } tasks { name } metrics { name } } }`,
        variables: { id: pick(f.paperIds, i) },
      }),
      neo4jGraphql: (i) => ({
        query: `query($id: ID!) { papers(where: {id: {eq: $id}}) { id title abstract published proposes { name } usesMethods { name } benchmarks { name } models { name } tasks { name } metrics { name } } }`,
        variables: { id: pick(f.paperIds, i) },
      }),
      driver: (store, i) =>
        store.getPapersWithLinks([pick(f.paperIds, i)], ['method', 'benchmark', 'model', 'task', 'metric'], {
          withMetadata: false,
          withAliases: false,
        }),
    },
  ];
}
