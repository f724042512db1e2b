// Views of the given nodes and the links among them, as one row of lists (cheaper to decode than
// maps): papers [id, title, published, url, linkCount, [[target, type, confidence]...],
// [authors, venue, arxivId, categories]] and
// entities [id, type, name, aliases, paperCount].
MATCH (p:Paper) WHERE p.id IN $ids
CALL (p) {
  MATCH (p)-[r]->(e:Entity)
  WITH r, e.id AS target
  RETURN count(*) AS degree, collect(CASE WHEN target IN $ids THEN [target, type(r), r.confidence] END) AS links
}
WITH collect([p.id, p.title, p.published, p.url, degree, links, [p.authors, p.venue, p.arxivId, p.categories]]) AS papers
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids
  RETURN collect([n.id, n.type, n.name, n.aliases, n.paperCount]) AS entities
}
RETURN papers, entities
