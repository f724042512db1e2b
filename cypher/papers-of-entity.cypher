MATCH (p:Paper)-[r]->(:Entity {id: $id})
WHERE r.confidence >= $minConfidence
RETURN p {.id, .title, .abstract, .url, .published} AS paper, r {.mention, .start, .end, .sentence, .confidence, .role} AS link
ORDER BY CASE WHEN $byTitle THEN p.title ELSE null END, p.published IS NULL, p.published DESC, p.title, p.id
SKIP $offset LIMIT $first
