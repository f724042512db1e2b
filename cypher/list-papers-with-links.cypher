// list-papers with each paper's links to the kinds asked (link-summaries-of-papers' rows): a list
// page and its entity lists in one round trip.
MATCH (p:Paper)
WHERE p.sortKey >= ''
WITH p
ORDER BY p.sortKey
SKIP $offset LIMIT $first
CALL (p) {
  MATCH (p)-[r:$any($relations)]->(e)
  WITH r, e
  ORDER BY r.start, e.id
  RETURN collect([e.id, e.type, e.key, e.name, e.aliases, e.paperCount, e.repoKind, r.confidence, r.role]) AS links
}
RETURN p {.id, .title, abstract: CASE WHEN $withAbstract THEN p.abstract ELSE '' END, .url, .published, .authors, .venue, .arxivId, .categories, .recordId} AS paper, 0.0 AS score, links
