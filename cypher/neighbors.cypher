// The neighbours of each node by size (papers: their links; entities: their papers), then id; only
// what the walk needs, as full views are fetched for the nodes it keeps.
UNWIND $ids AS id
CALL (id) { MATCH (n:Paper {id: id}) RETURN n UNION MATCH (n:Entity {id: id}) RETURN n }
CALL (n) {
  MATCH (n)--(m)
  WHERE m:Paper OR $kinds IS NULL OR m.type IN $kinds
  WITH m, CASE WHEN m:Paper THEN COUNT { (m)-->() } ELSE m.paperCount END AS size
  ORDER BY size DESC, m.id
  LIMIT $perNode
  RETURN collect({id: m.id, type: CASE WHEN m:Paper THEN 'paper' ELSE m.type END, size: size}) AS neighbors
}
RETURN id, neighbors, COUNT { (n)--() } AS degree
