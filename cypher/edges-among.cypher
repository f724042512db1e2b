UNWIND $ids AS id
MATCH (p:Paper {id: id})-[r]->(e:Entity)
WHERE e.id IN $ids
RETURN p.id AS source, e.id AS target, type(r) AS type, r.confidence AS weight
ORDER BY source, target
