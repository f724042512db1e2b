// An entity by id or alias together with a page of its papers: an entity page in one round trip.
// Each row is [paper, evidence, confidence, role], lists rather than maps (cheaper to decode); the
// evidence (its sentence is most of a row's bytes) only when the caller shows it.
OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL MATCH (alias:Alias {id: $id})
WITH coalesce(direct.id, alias.entityId) AS target
MATCH (e:Entity {id: target})
CALL (e) {
  MATCH (p)-[r:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e)
  WHERE $minConfidence <= 0 OR r.confidence >= $minConfidence
  WITH p, r
  ORDER BY CASE WHEN $byTitle THEN p.title ELSE null END, r.sortKey
  SKIP $offset LIMIT $first
  RETURN collect([[p.id, p.title, CASE WHEN $withAbstract THEN p.abstract ELSE '' END, p.url, p.published, CASE WHEN $withMetadata THEN [p.authors, p.venue, p.arxivId, p.categories, p.recordId] END], CASE WHEN $withEvidence THEN [r.mention, r.start, r.end, r.sentence] END, r.confidence, CASE WHEN type(r) IN ['PROPOSES', 'USES_METHOD'] THEN r.role END]) AS page
}
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity, page,
       CASE WHEN $minConfidence <= 0 THEN e.paperCount ELSE COUNT { ()-[r:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e) WHERE r.confidence >= $minConfidence } END AS total
