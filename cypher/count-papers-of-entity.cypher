MATCH (:Paper)-[r]->(:Entity {id: $id})
WHERE r.confidence >= $minConfidence
RETURN count(r) AS total
