// Removes the links of papers about to be rewritten; returns which of them are stored and the entities they pointed to.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
OPTIONAL MATCH (p)-[r]->(e:Entity)
DELETE r
RETURN collect(DISTINCT id) AS stored, collect(DISTINCT e.id) AS touched
