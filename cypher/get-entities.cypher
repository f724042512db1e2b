UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity
