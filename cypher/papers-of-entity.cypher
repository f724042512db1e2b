// A page of an entity's papers and their total in one round trip. Newest-first order comes from
// the paper's sortKey copied onto each link, so the sort reads no paper node; the total is the
// paper count kept on the entity unless a confidence threshold applies.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (p:Paper)-[r]->(e)
  WHERE r.confidence >= $minConfidence
  WITH p, r
  ORDER BY CASE WHEN $byTitle THEN p.title ELSE null END, r.sortKey
  SKIP $offset LIMIT $first
  RETURN collect({paper: p {.id, .title, .abstract, .url, .published}, link: r {.mention, .start, .end, .sentence, .confidence, .role}}) AS page
}
RETURN page,
       CASE WHEN $minConfidence <= 0 THEN e.paperCount ELSE COUNT { (:Paper)-[r]->(e) WHERE r.confidence >= $minConfidence } END AS total
