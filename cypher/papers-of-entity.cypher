// A page of an entity's papers and their total in one round trip; the total is the paper count
// kept on the entity unless a confidence threshold applies.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (p:Paper)-[r]->(e)
  WHERE r.confidence >= $minConfidence
  WITH p, r
  ORDER BY CASE WHEN $byTitle THEN p.title ELSE null END, p.published IS NULL, p.published DESC, p.title, p.id
  SKIP $offset LIMIT $first
  RETURN collect({paper: p {.id, .title, .abstract, .url, .published}, link: r {.mention, .start, .end, .sentence, .confidence, .role}}) AS page
}
RETURN page,
       CASE WHEN $minConfidence <= 0 THEN e.paperCount ELSE COUNT { (:Paper)-[r]->(e) WHERE r.confidence >= $minConfidence } END AS total
