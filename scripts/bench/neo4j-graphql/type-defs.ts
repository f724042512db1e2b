import { readFileSync } from 'node:fs';

/** The Neo4j GraphQL Library type definitions that mirror papergraph's graph model. */
export function neo4jGraphqlTypeDefs(): string {
  return readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
}

/** Node labels and relationship types the type definitions name. */
export function namedInTypeDefs(typeDefs: string): { labels: Set<string>; relations: Set<string> } {
  const labels = new Set(
    [...typeDefs.matchAll(/@node\(labels: \[([^\]]*)\]\)/g)].flatMap((m) => m[1]!.match(/"[^"]+"/g)!.map((s) => s.slice(1, -1))),
  );
  const relations = new Set([...typeDefs.matchAll(/@relationship\(type: "([A-Z_]+)"/g)].map((m) => m[1]!));
  return { labels, relations };
}
