UNWIND $ids AS id
MATCH (:Paper {id: id})-[:REPORTS_RESULT]->(r:Result)
RETURN id AS paperId, r {.*} AS result
ORDER BY id, r.start, r.id
