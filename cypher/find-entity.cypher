// By id first, then through an alias.
OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL MATCH (alias:Alias {id: $id})
WITH coalesce(direct.id, alias.entityId) AS target
MATCH (e:Entity {id: target})
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity
