// get-papers with each paper's links to the kinds asked (link-summaries-of-papers' rows): a paper
// page in one round trip (the types as list-papers-with-links spells them). No row for an id that finds no paper.
UNWIND $ids AS asked
CALL (asked) {
  MATCH (p:Paper {id: asked})
  RETURN p, 0 AS rank
  UNION
  MATCH (p:Paper {recordId: asked})
  RETURN p, 1 AS rank
}
WITH asked, p ORDER BY rank, p.id
WITH asked, head(collect(p)) AS p
CALL (p) {
  MATCH (p)-[r:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e)
  WHERE type(r) IN $relations
  WITH r, e
  ORDER BY r.start, e.id
  RETURN collect([e.id, e.type, e.key, e.name, e.aliases, e.paperCount, e.repoKind, r.confidence, r.role]) AS links
}
RETURN asked, p {.id, .title, .abstract, .url, .published, .authors, .venue, .arxivId, .categories, .recordId} AS paper, links
