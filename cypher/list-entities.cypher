MATCH (e:Entity {type: $type})
WHERE ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix) AND e.paperCount >= $minPapers
WITH e, [e.name] + coalesce(e.aliases, []) AS names
WHERE all(i IN range(0, size($words) - 1) WHERE any(n IN names WHERE toLower(n) CONTAINS $words[i] AND n =~ $starts[i]))
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity
ORDER BY CASE WHEN $closestTo IS NULL THEN 0 WHEN toLower(e.name) = $closestTo THEN 0
  WHEN any(n IN names WHERE toLower(n) = $closestTo) THEN 1 WHEN all(p IN $wholes WHERE any(n IN names WHERE n =~ p)) THEN 2 ELSE 3 END,
  CASE WHEN $byCount THEN -e.paperCount ELSE 0 END, e.name, e.id
SKIP $offset LIMIT $first
