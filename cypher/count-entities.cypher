MATCH (e:Entity {type: $type})
WHERE ($prefix IS NULL OR toLower(e.name) STARTS WITH $prefix) AND e.paperCount >= $minPapers
RETURN count(e) AS total
