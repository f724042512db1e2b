MATCH (p:Paper)-[r]->(e:Entity)
RETURN p.id AS source, e.id AS target, type(r) AS type, r.confidence AS weight
ORDER BY source, target
