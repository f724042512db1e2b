UNWIND $ids AS id
MATCH (:Paper {id: id})-[r]->(e:Entity)
RETURN id AS paperId,
       e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity,
       r {.mention, .start, .end, .sentence, .confidence, .role} AS link
ORDER BY id, r.start, e.id
