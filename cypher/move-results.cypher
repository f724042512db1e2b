// A merge: results on, measured by or achieved by `from` point to `into` instead.
MATCH (into:Entity {id: $into})
MATCH (:Entity {id: $from})<-[old:ON_BENCHMARK|MEASURED_BY|ACHIEVED_BY]-(r:Result)
CREATE (r)-[:$(type(old))]->(into)
DELETE old
WITH DISTINCT r
SET r.benchmarkId = CASE WHEN r.benchmarkId = $from THEN $into ELSE r.benchmarkId END,
    r.metricId = CASE WHEN r.metricId = $from THEN $into ELSE r.metricId END,
    r.subjectId = CASE WHEN r.subjectId = $from THEN $into ELSE r.subjectId END
