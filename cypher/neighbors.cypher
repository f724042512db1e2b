// The neighbours of each node by size (papers: their links; entities: their papers), then id; only
// what the walk needs, as full views are fetched for the nodes it keeps. Lists, not maps: cheaper
// to decode.
CALL () { MATCH (n:Paper) WHERE n.id IN $ids RETURN n UNION ALL MATCH (n:Entity) WHERE n.id IN $ids RETURN n }
CALL (n) {
  MATCH (n)--(m:Paper|Entity)
  WHERE m:Paper OR $kinds IS NULL OR m.type IN $kinds
  WITH m, CASE WHEN m:Paper THEN COUNT { (m)-->(:Entity) } ELSE m.paperCount END AS size
  ORDER BY size DESC, m.id
  LIMIT $perNode
  RETURN collect([m.id, CASE WHEN m:Paper THEN 'paper' ELSE m.type END, size]) AS neighbors
}
RETURN n.id AS id, neighbors, COUNT { (n)--(:Paper|Entity) } AS degree
