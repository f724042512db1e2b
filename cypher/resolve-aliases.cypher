// Which of these alias ids already point to an entity, and which entity ids exist.
UNWIND $ids AS id
OPTIONAL MATCH (a:Alias {id: id})
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, a.entityId AS target, e IS NOT NULL AS isEntity
