MATCH (a:Alias {entityId: $from})
SET a.entityId = $into
