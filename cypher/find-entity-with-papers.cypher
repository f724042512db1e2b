// An entity by id or alias together with a page of its papers: an entity page in one round trip.
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
  RETURN collect({paper: p {.id, .title, abstract: CASE WHEN $withAbstract THEN p.abstract ELSE '' END, .url, .published, .authors, .venue, .arxivId, .categories, .recordId}, link: r {.mention, .start, .end, .sentence, .confidence, .role}}) AS page
}
RETURN e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind} AS entity, page,
       CASE WHEN $minConfidence <= 0 THEN e.paperCount ELSE COUNT { ()-[r:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e) WHERE r.confidence >= $minConfidence } END AS total
