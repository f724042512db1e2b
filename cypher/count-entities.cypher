MATCH (e:Entity {type: $type})
WHERE ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix) AND e.paperCount >= $minPapers
WITH e, [e.name] + coalesce(e.aliases, []) AS names
WHERE all(i IN range(0, size($words) - 1) WHERE any(n IN names WHERE toLower(n) CONTAINS $words[i] AND n =~ $starts[i]))
RETURN count(e) AS total
