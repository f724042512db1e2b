MATCH (e:Entity {type: $type})
WHERE ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix) AND e.paperCount >= $minPapers
  AND all(w IN $words WHERE any(n IN [e.name] + coalesce(e.aliases, []) WHERE toLower(n) CONTAINS w))
RETURN count(e) AS total
