MATCH (e:Entity {type: $type})
WHERE ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix) AND e.paperCount >= $minPapers
  AND all(w IN $words WHERE any(n IN [e.name] + coalesce(e.aliases, []) WHERE toLower(n) CONTAINS w))
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity
ORDER BY CASE WHEN $closestTo IS NULL THEN 0 WHEN toLower(e.name) = $closestTo THEN 0 WHEN toLower(e.name) STARTS WITH $closestTo THEN 1 ELSE 2 END,
  CASE WHEN $byCount THEN -e.paperCount ELSE 0 END, e.name, e.id
SKIP $offset LIMIT $first
