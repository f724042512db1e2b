// related-papers without text similarity and without the total, reaching candidates only through
// the rarest shared entities. With the entities ordered rarest first (weights w0 >= w1 >= …), stop
// after the first j whose weight exceeds the sum of all weights after it, once entity j alone has
// more other papers than the page needs: every paper reached scores at least wj, every paper not
// reached at most that sum, so the page is the one ranking all candidates would give. Scores are
// summed in entity-id order, as related-papers does. `total` is a lower bound: more than
// $offset + $first when another page follows. No row: no such paper.
MATCH (p:Paper {id: $paperId})
CALL (p) {
  OPTIONAL MATCH (p)-->(e:Entity)
  WHERE e.type IN $types
  WITH e
  ORDER BY e.id
  RETURN collect(e) AS byId
}
CALL (p) {
  OPTIONAL MATCH (p)-->(e:Entity)
  WHERE e.type IN $types
  WITH e
  ORDER BY e.paperCount, e.id
  RETURN collect(e) AS ents
}
WITH p, byId, ents, [e IN ents | 1.0 / log(1 + e.paperCount)] AS w
WITH p, byId, ents, w, [j IN range(0, size(ents) - 1) | reduce(s = 0.0, x IN w[j + 1..] | s + x)] AS rest
WITH p, byId, ents,
     coalesce(head([j IN range(0, size(ents) - 1) WHERE w[j] > rest[j] * 1.000001 AND ents[j].paperCount > $offset + $first + 1 | j]),
              size(ents) - 1) AS last
WITH p, byId, ents[..last + 1] AS reached, ents[last + 1..] AS others
CALL (p, byId, reached, others) {
  UNWIND reached AS e
  MATCH (e)<--(other:Paper)
  WHERE other <> p
  WITH other, collect(e) AS found
  WITH other, found + CASE WHEN size(others) = 0 THEN [] ELSE [(other)-->(y) WHERE y IN others | y] END AS all
  WITH other, [x IN byId WHERE x IN all | x] AS shared
  WITH other, shared, reduce(s = 0.0, x IN shared | s + 1.0 / log(1 + x.paperCount)) AS score
  ORDER BY score DESC, other.id
  LIMIT $offset + $first + 1
  RETURN collect({other: other, shared: shared, score: score}) AS rows
}
WITH size(rows) AS total, rows[$offset..$offset + $first] AS pageRows
CALL (pageRows) {
  UNWIND pageRows AS row
  WITH row, row.other AS other
  RETURN collect({
    paper: other {.id, .title, .abstract, .url, .published, .authors, .venue, .arxivId, .categories, .recordId},
    shared: [e IN row.shared | e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind}],
    score: row.score,
    textSimilarity: 0.0
  }) AS page
}
RETURN total, page
