// Adamic–Adar: each shared entity adds 1 / ln(1 + its paper count), so rare ones weigh more; summed
// in entity-id order (deterministic). Papers in $text (id → text similarity, from similar-texts) join
// the candidates and add $textWeight times their similarity. Candidates come only through the paper
// relationship types, so a benchmark's result nodes are not expanded. Page rows as related-papers-top's.
// No row: no such paper.
MATCH (p:Paper {id: $paperId})
OPTIONAL CALL (p) {
  MATCH (p)-->(e:Entity)
  WHERE e.type IN $types
  WITH p, e ORDER BY e.id
  MATCH (e)<-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]-(other)
  WHERE other <> p
  RETURN other, sum(1.0 / log(1 + e.paperCount)) AS entityScore, collect(e) AS shared
  UNION
  MATCH (other:Paper)
  WHERE other.id IN keys($text) AND other <> p
  RETURN other, 0.0 AS entityScore, [] AS shared
}
WITH p, other, sum(entityScore) AS entityScore, reduce(all = [], s IN collect(shared) | all + s) AS shared
WITH p, other, shared, coalesce($text[other.id], 0.0) AS textSimilarity, entityScore
WITH p, other, shared, textSimilarity, entityScore + $textWeight * textSimilarity AS score
ORDER BY score DESC, other.id
WITH p, collect(CASE WHEN other IS NOT NULL THEN {other: other, shared: shared, score: score, textSimilarity: textSimilarity} END) AS rows
WITH size(rows) AS total, rows[$offset..$offset + $first] AS pageRows
CALL (pageRows) {
  UNWIND pageRows AS row
  WITH row, row.other AS other
  RETURN collect([
    [other.id, other.title, CASE WHEN $withAbstract THEN other.abstract ELSE '' END, other.url, other.published, CASE WHEN $withMetadata THEN [other.authors, other.venue, other.arxivId, other.categories, other.recordId] END],
    [e IN row.shared | [e.id, e.name, CASE WHEN $withAliases THEN e.aliases END, e.paperCount, e.repoKind]],
    row.score,
    row.textSimilarity
  ]) AS page
}
RETURN total, page
