// A merge: results on, measured by or achieved by `from` point to `into` instead, under its name.
MATCH (into:Entity {id: $into})
MATCH (:Entity {id: $from})<-[old:ON_BENCHMARK|MEASURED_BY|ACHIEVED_BY]-(r:Result)
CREATE (r)-[:$(type(old))]->(into)
DELETE old
WITH DISTINCT r, into, r.benchmarkId = $from AS benchmark, r.metricId = $from AS metric, r.subjectId = $from AS subject
SET r.benchmarkId = CASE WHEN benchmark THEN into.id ELSE r.benchmarkId END,
    r.metricId = CASE WHEN metric THEN into.id ELSE r.metricId END,
    r.metric = CASE WHEN metric THEN into.name ELSE r.metric END,
    r.subjectId = CASE WHEN subject THEN into.id ELSE r.subjectId END,
    r.subject = CASE WHEN subject THEN into.name ELSE r.subject END
