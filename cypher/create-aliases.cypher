// The first entity to claim an alias keeps it.
UNWIND $rows AS row
MERGE (a:Alias {id: row.id})
  ON CREATE SET a.entityId = row.entityId
