// get-papers with each paper's links to the kinds asked (link-summaries-of-papers' rows): a paper
// page in one round trip (the types as list-papers-with-links spells them; abstract, metadata and
// aliases only when the caller shows them). No row for an id that finds no paper.
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
  RETURN collect([e.id, e.name, CASE WHEN $withAliases THEN e.aliases END, e.paperCount, CASE type(r) WHEN 'HAS_CODE' THEN e.repoKind END, r.confidence, CASE WHEN type(r) IN ['PROPOSES', 'USES_METHOD'] THEN r.role END]) AS links
}
RETURN asked, [p.id, p.title, CASE WHEN $withAbstract THEN p.abstract ELSE '' END, p.url, p.published, CASE WHEN $withMetadata THEN [p.authors, p.venue, p.arxivId, p.categories, p.recordId] END] AS paper, links
