// list-papers with each paper's links to the kinds asked (link-summaries-of-papers' rows): a list
// page and its entity lists in one round trip. The types are spelled out and the asked ones kept by
// type(r): with `[r:$any($relations)]` Neo4j 5.26 expands every relationship and filters after, with
// more db hits (a 20-paper page at 121k: 1,114 → 918; a paper page 124 → 92). An entity's aliases
// only when the caller shows them. The page is one row of [paper, links] lists: the driver's cost is
// per record more than per list item (a 21-paper page: 0.32 → 0.28 ms of client CPU).
MATCH (p:Paper)
WHERE p.sortKey >= ''
WITH p
ORDER BY p.sortKey
SKIP $offset LIMIT $first
CALL (p) {
  MATCH (p)-[r:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e)
  WHERE type(r) IN $relations
  WITH r, e
  ORDER BY r.start, e.id
  RETURN collect([e.id, e.name, CASE WHEN $withAliases THEN e.aliases END, e.paperCount, CASE type(r) WHEN 'HAS_CODE' THEN e.repoKind END, r.confidence, CASE WHEN type(r) IN ['PROPOSES', 'USES_METHOD'] THEN r.role END]) AS links
}
RETURN collect([[p.id, p.title, CASE WHEN $withAbstract THEN p.abstract ELSE '' END, p.url, p.published, CASE WHEN $withMetadata THEN [p.authors, p.venue, p.arxivId, p.categories, p.recordId] END], links]) AS page
