// A result node per statement, linked to its paper, benchmark and, when known, metric and subject.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MATCH (b:Entity {id: row.benchmarkId})
OPTIONAL MATCH (m:Entity {id: row.metricId})
OPTIONAL MATCH (s:Entity {id: row.subjectId})
CREATE (r:Result {id: row.id, paperId: row.paperId, benchmarkId: row.benchmarkId, metricId: row.metricId, subjectId: row.subjectId,
                  value: row.value, unit: row.unit, metric: row.metric, subject: row.subject, condition: row.condition,
                  isDelta: row.isDelta, change: row.change, bound: row.bound, mention: row.mention, start: row.start, end: row.end,
                  sentence: row.sentence, confidence: row.confidence})
CREATE (p)-[:REPORTS_RESULT]->(r)
CREATE (r)-[:ON_BENCHMARK]->(b)
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (r)-[:MEASURED_BY]->(x))
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (r)-[:ACHIEVED_BY]->(x))
