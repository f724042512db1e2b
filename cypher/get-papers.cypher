// Papers by id, or by the id of the record they came from when that is not their id (the first
// such paper by id wins, as in the in-process store).
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
RETURN asked, p {.id, .title, .abstract, .url, .published, .authors, .venue, .arxivId, .categories, .recordId} AS paper
