// Adamic–Adar: each shared entity adds 1 / ln(1 + its paper count), so rare ones weigh more. Scores
// are summed in entity-id order (deterministic), and entities are projected only for the top papers.
// No row: no such paper; one row with a null paper: nothing related.
MATCH (p:Paper {id: $paperId})
OPTIONAL CALL (p) {
  MATCH (p)-->(e:Entity)
  WHERE e.type IN $types
  WITH p, e ORDER BY e.id
  MATCH (e)<--(other:Paper)
  WHERE other <> p
  WITH other, sum(1.0 / log(1 + e.paperCount)) AS score, collect(e) AS shared
  ORDER BY score DESC, other.id
  LIMIT $first
  RETURN other, score, shared
}
RETURN other {.id, .title, .abstract, .url, .published, .authors, .venue, .arxivId, .categories, .recordId} AS paper,
       [e IN shared | e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind}] AS shared, score
ORDER BY score DESC, paper.id
