MATCH (:Entity {id: $id})<--(p:Paper)-->(other:Entity {type: $type})
WHERE other.id <> $id
WITH other, count(DISTINCT p) AS count
RETURN other {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity, count
ORDER BY count DESC, other.name, other.id
LIMIT $first
