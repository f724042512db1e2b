MATCH (r:Result)
RETURN r {.*} AS result
ORDER BY r.paperId, r.start, r.id
