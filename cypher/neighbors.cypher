// The neighbours of each node by size (papers: their links; entities: their papers), then id.
UNWIND $ids AS id
CALL (id) { MATCH (n:Paper {id: id}) RETURN n UNION MATCH (n:Entity {id: id}) RETURN n }
CALL (n) {
  MATCH (n)--(m)
  WHERE m:Paper OR $kinds IS NULL OR m.type IN $kinds
  WITH m, CASE WHEN m:Paper THEN COUNT { (m)-->() } ELSE m.paperCount END AS size
  ORDER BY size DESC, m.id
  LIMIT $perNode
  RETURN collect({node: m {.id, .title, .published, .url, .type, .name, .aliases}, isPaper: m:Paper, size: size}) AS neighbors
}
RETURN id, neighbors, COUNT { (n)--() } AS degree
