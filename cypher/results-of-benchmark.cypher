MATCH (:Entity {id: $id})<-[:ON_BENCHMARK]-(r:Result)
RETURN r {.*} AS result
ORDER BY r.paperId, r.start, r.id
