// links-of-papers without the evidence and only through the relationship types asked (no entity is
// read for the others), one row of lists per known paper (an empty list when it has no links, so
// that no second statement has to tell unlinked papers from unknown ids). Every paper relationship
// ends at an entity, so the end node's label is not checked (a third of the statement's db hits).
// A link row reads no property it can do without: the entity's type and key are in its id
// (`<type>:<key>`), and repoKind and role are read only for repositories and methods.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  MATCH (p)-[r:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->(e)
  WHERE type(r) IN $relations
  WITH r, e
  ORDER BY r.start, e.id
  RETURN collect([e.id, e.name, e.aliases, e.paperCount, CASE type(r) WHEN 'HAS_CODE' THEN e.repoKind END, r.confidence, CASE WHEN type(r) IN ['PROPOSES', 'USES_METHOD'] THEN r.role END]) AS links
}
RETURN p.id AS paperId, links
