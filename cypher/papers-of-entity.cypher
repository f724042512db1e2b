MATCH (p:Paper)-[r]->(:Entity {id: $id})
WHERE r.confidence >= $minConfidence
RETURN p {.id, .title, .abstract, .url, .published} AS paper, r {.mention, .start, .end, .sentence, .confidence, .role} AS link
ORDER BY p.published IS NULL, p.published DESC, p.title, p.id
SKIP $offset LIMIT $first
