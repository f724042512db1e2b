MATCH (e:Entity {type: $type})
WHERE ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix) AND e.paperCount >= $minPapers
  AND all(w IN $words WHERE any(n IN [e.name] + coalesce(e.aliases, []) WHERE toLower(n) CONTAINS w))
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity
ORDER BY CASE WHEN $byCount THEN -e.paperCount ELSE 0 END, e.name, e.id
SKIP $offset LIMIT $first
