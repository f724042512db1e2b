import { readdirSync, readFileSync } from 'node:fs';

export const STATEMENTS = [
  'schema-paper-id',
  'schema-entity-id',
  'schema-alias-id',
  'schema-alias-entity',
  'schema-entity-type',
  'schema-paper-published',
  'schema-paper-sort-key',
  'schema-paper-record-id',
  'schema-paper-fulltext',
  'schema-entity-fulltext',
  'schema-override-id',
  'schema-result-id',
  'await-indexes',
  'drop-paper-fulltext',
  'drop-entity-fulltext',
  'drop-paper-published',
  'drop-paper-sort-key',
  'drop-paper-record-id',
  'drop-entity-type-count',
  'resolve-aliases',
  'unlink-papers',
  'upsert-papers',
  'paper-fingerprints',
  'upsert-entities',
  'create-aliases',
  'unlink-results',
  'create-results',
  'results-of-papers',
  'results-of-benchmark',
  'all-results',
  'count-entity-papers',
  'delete-orphans',
  'get-papers',
  'get-papers-with-links',
  'list-papers',
  'list-papers-with-links',
  'count-papers',
  'filter-papers',
  'search-papers',
  'search-papers-top',
  'search-filtered-papers',
  'links-of-papers',
  'link-summaries-of-papers',
  'find-entity',
  'find-entity-with-papers',
  'get-entities',
  'list-entities',
  'count-entities',
  'related-papers',
  'related-papers-top',
  'similar-texts',
  'co-occurring',
  'shortest-paths',
  'neighborhood',
  'subgraph-among',
  'all-nodes',
  'all-edges',
  'trend',
  'stats',
  'delete-everything',
  'list-overrides',
  'create-override',
  'delete-override',
  'set-entity-names',
  'move-links',
  'move-results',
  'drop-entity-results',
  'repoint-aliases',
  'delete-entity',
] as const;
export type StatementName = (typeof STATEMENTS)[number];

export const MIGRATIONS: readonly StatementName[] = STATEMENTS.filter((s) => s.startsWith('schema-'));

// cypher/ sits at the package root, three levels above both src/graph/neo4j and dist/graph/neo4j.
export const CYPHER_DIR = new URL('../../../cypher/', import.meta.url);

let registry: ReadonlyMap<StatementName, string> | undefined;

/** The statement text of cypher/<name>.cypher, loaded once, without its comment lines. */
export function cypher(name: StatementName): string {
  registry ??= new Map(STATEMENTS.map((s) => [s, withoutCommentLines(readFileSync(new URL(`${s}.cypher`, CYPHER_DIR), 'utf8'))]));
  return registry.get(name)!;
}

// The comments explain a statement to its readers; Neo4j would receive them with every query (a list
// page's statement is 1,041 bytes with them, 659 without) and key its plan cache on them.
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Files in cypher/ that no statement name refers to (a test keeps this empty). */
export function unusedCypherFiles(): string[] {
  const known = new Set<string>(STATEMENTS);
  return readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .filter((f) => !known.has(f));
}
