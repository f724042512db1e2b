// related-papers without text similarity and without the total: the same scores, but only the
// page plus one row is kept (a top-k sort) instead of every candidate being collected and counted.
// `total` is then a lower bound, more than $offset + $first when another page follows. Candidates
// come only through the paper relationship types (a benchmark's result nodes are not expanded).
// (Reaching candidates only through the rarest entities was tried: checking each candidate's links
// to the others cost more than expanding them, 1.6-2x slower at 121k papers.) The page's lowest score
// is found first from the scores alone, so the id tie-break reads only the candidates scoring at least
// that, not every candidate. A candidate is only [score, paper] until it is on the page: the entities
// it shares are read again for the page's papers alone, from each of them (its own few links, kept
// when they end at one of the paper's entities), not collected for every candidate. Page rows are [paper, shared entities, score, text similarity] as
// lists (cheaper to decode than maps), with metadata and aliases only when the caller shows them. No
// row: no such paper. A paper with one entity of the asked kinds gives every candidate the same
// score, so its page is the candidates in id order (a top-k on the id alone: no grouping by candidate,
// no list of every candidate); only a paper with several is scored candidate by candidate.
MATCH (p:Paper {id: $paperId})
OPTIONAL MATCH (p)-->(e:Entity)
WHERE e.type IN $types
WITH p, collect(e) AS mine
CALL (p, mine) {
  WITH p, mine
  WHERE size(mine) = 1
  WITH p, mine[0] AS e
  MATCH (e)<-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]-(other)
  WHERE other <> p
  WITH e, other
  ORDER BY other.id
  LIMIT $offset + $first + 1
  RETURN collect([1.0 / log(1 + e.paperCount), other]) AS rows
  UNION ALL
  WITH p, mine
  WHERE size(mine) > 1
  UNWIND mine AS e
  WITH p, e
  ORDER BY e.id
  MATCH (e)<-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]-(other)
  WHERE other <> p
  WITH other, sum(1.0 / log(1 + e.paperCount)) AS score
  WITH collect([score, other]) AS candidates
  CALL (candidates) {
    UNWIND candidates AS candidate
    WITH candidate[0] AS score
    ORDER BY score DESC
    LIMIT $offset + $first + 1
    RETURN min(score) AS lowest
  }
  UNWIND [c IN candidates WHERE c[0] >= lowest] AS row
  WITH row[0] AS score, row[1] AS other
  ORDER BY score DESC, other.id
  LIMIT $offset + $first + 1
  RETURN collect([score, other]) AS rows
}
// Each branch returns one row (its rows, or none when its case is not the paper's).
WITH mine, reduce(all = [], r IN collect(rows) | all + r) AS rows
WITH mine, size(rows) AS total, rows[$offset..$offset + $first] AS pageRows
CALL (mine, pageRows) {
  UNWIND pageRows AS row
  WITH mine, row[0] AS score, row[1] AS other
  CALL (mine, other) {
    MATCH (other)-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e)
    WHERE e IN mine
    RETURN collect([e.id, e.name, CASE WHEN $withAliases THEN e.aliases END, e.paperCount, e.repoKind]) AS shared
  }
  RETURN collect([
    [other.id, other.title, CASE WHEN $withAbstract THEN other.abstract ELSE '' END, other.url, other.published, CASE WHEN $withMetadata THEN [other.authors, other.venue, other.arxivId, other.categories, other.recordId] END],
    shared,
    score,
    0.0
  ]) AS page
}
RETURN total, page
