// Removes the links of papers about to be rewritten; returns the entities they pointed to.
UNWIND $ids AS id
MATCH (:Paper {id: id})-[r]->(e:Entity)
DELETE r
RETURN collect(DISTINCT e.id) AS touched
