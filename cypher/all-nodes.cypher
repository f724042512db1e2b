CALL () {
  MATCH (n:Paper) RETURN n, true AS isPaper, COUNT { (n)-->(:Entity) } AS size
  UNION ALL
  MATCH (n:Entity) RETURN n, false AS isPaper, n.paperCount AS size
}
RETURN n {.id, .title, .published, .url, .authors, .venue, .arxivId, .categories, .type, .name, .aliases} AS node, isPaper, size
ORDER BY node.id
