// Hide (or the end of a merge): the entity goes with its links and the aliases still pointing to it.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (a:Alias {entityId: e.id})
DETACH DELETE a, e
