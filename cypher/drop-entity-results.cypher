// Hide: the results on a hidden benchmark go; those measured by or achieved by a hidden metric or
// model keep their number and forget the entity (as a re-ingest under the override would write them).
CALL () {
  MATCH (:Entity {id: $id})<-[:ON_BENCHMARK]-(r:Result)
  DETACH DELETE r
}
MATCH (:Entity {id: $id})<-[:MEASURED_BY|ACHIEVED_BY]-(r:Result)
WITH DISTINCT r, r.metricId = $id AS metric, r.subjectId = $id AS subject
SET r.metricId = CASE WHEN metric THEN null ELSE r.metricId END,
    r.metric = CASE WHEN metric THEN null ELSE r.metric END,
    r.subjectId = CASE WHEN subject THEN null ELSE r.subjectId END,
    r.subject = CASE WHEN subject THEN null ELSE r.subject END
