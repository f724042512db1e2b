// A variable-length bound cannot be a parameter: the search is capped at 6 links and $maxLength
// filters below it (all shortest paths share one length). $avoid: entity types no path passes through
// (a universal predicate over the path's nodes, which the search checks as it expands).
CALL () { MATCH (n:Paper {id: $from}) RETURN n AS a UNION MATCH (n:Entity {id: $from}) RETURN n AS a }
CALL () { MATCH (n:Paper {id: $to}) RETURN n AS b UNION MATCH (n:Entity {id: $to}) RETURN n AS b }
MATCH path = allShortestPaths((a)-[*..6]-(b))
WHERE length(path) <= $maxLength AND none(n IN nodes(path) WHERE n:Result OR (n:Entity AND n.type IN $avoid AND NOT n.id IN [$from, $to]))
RETURN [n IN nodes(path) | n.id] AS ids
LIMIT 1000
