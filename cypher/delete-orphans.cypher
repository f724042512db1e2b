// Entities no paper mentions any more go, with their aliases.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.paperCount = 0
OPTIONAL MATCH (a:Alias {entityId: e.id})
DETACH DELETE a, e
