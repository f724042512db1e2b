// A merge: papers linked to `from` link to `into` with the same relationship and evidence, unless
// they already do (a paper links to an entity once). Types are copied, never taken from input.
MATCH (p:Paper)-[r]->(:Entity {id: $from})
MATCH (into:Entity {id: $into})
WHERE NOT EXISTS { (p)-->(into) }
CREATE (p)-[moved:$(type(r))]->(into)
SET moved = properties(r)
