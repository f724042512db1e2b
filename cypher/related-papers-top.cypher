// related-papers without text similarity and without the total: the same scores, but only the
// page plus one row is kept (a top-k sort) instead of every candidate being collected and counted.
// `total` is then a lower bound, more than $offset + $first when another page follows. Candidates
// come only through the paper relationship types (a benchmark's result nodes are not expanded).
// (Reaching candidates only through the rarest entities was tried: checking each candidate's links
// to the others cost more than expanding them, 1.6-2x slower at 121k papers.) The page's lowest score
// is found first from the scores alone, so the id tie-break reads only the candidates scoring at least
// that, not every candidate. Page rows are [paper, shared entities, score, text similarity] as lists
// (cheaper to decode than maps), with metadata and aliases only when the caller shows them. No row:
// no such paper.
MATCH (p:Paper {id: $paperId})
CALL (p) {
  OPTIONAL MATCH (p)-->(e:Entity)
  WHERE e.type IN $types
  WITH p, e
  ORDER BY e.id
  OPTIONAL MATCH (e)<-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]-(other)
  WHERE other <> p
  WITH other, sum(1.0 / log(1 + e.paperCount)) AS score, collect(e) AS shared
  WHERE other IS NOT NULL
  WITH collect({other: other, shared: shared, score: score}) AS candidates
  CALL (candidates) {
    UNWIND candidates AS candidate
    WITH candidate.score AS score
    ORDER BY score DESC
    LIMIT $offset + $first + 1
    RETURN min(score) AS lowest
  }
  UNWIND [c IN candidates WHERE c.score >= lowest] AS row
  WITH row
  ORDER BY row.score DESC, row.other.id
  LIMIT $offset + $first + 1
  RETURN collect(row) AS rows
}
WITH size(rows) AS total, rows[$offset..$offset + $first] AS pageRows
CALL (pageRows) {
  UNWIND pageRows AS row
  WITH row, row.other AS other
  RETURN collect([
    [other.id, other.title, CASE WHEN $withAbstract THEN other.abstract ELSE '' END, other.url, other.published, CASE WHEN $withMetadata THEN [other.authors, other.venue, other.arxivId, other.categories, other.recordId] END],
    [e IN row.shared | [e.id, e.name, CASE WHEN $withAliases THEN e.aliases END, e.paperCount, e.repoKind]],
    row.score,
    0.0
  ]) AS page
}
RETURN total, page
