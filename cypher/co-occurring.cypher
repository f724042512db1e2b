MATCH (:Entity {id: $id})<--(p:Paper)-->(other:Entity {type: $type})
WHERE other.id <> $id
WITH other, count(DISTINCT p) AS count
ORDER BY count DESC, other.name, other.id
WITH collect({other: other, count: count}) AS rows
WITH size(rows) AS total, rows[$offset..$offset + $first] AS pageRows
CALL (pageRows) {
  UNWIND pageRows AS row
  WITH row, row.other AS other
  RETURN collect({entity: other {.id, .type, .key, .name, .aliases, .paperCount, .repoKind}, count: row.count}) AS page
}
RETURN total, page
