// A neighbourhood in one statement: graph/neighborhood.ts's walk (level by level, each frontier
// node's neighbours biggest first then by id, until $limit nodes: the nodes every store picks),
// then the chosen nodes' views and the links among them. A node's size is its paper count or, for
// a paper, its entity links (counted by relationship type: no label read per link). At most
// $limit neighbours of a node are kept (no more can be chosen), and links are found from the
// chosen papers by node identity, not by id. Rows are lists (cheaper to decode than maps): nodes
// [id, kind, size, name or title, aliases, published, url, authors, venue, arxivId, categories]
// in the order chosen, links [source, target, type, confidence].
CALL () { MATCH (n:Paper {id: $id}) RETURN n UNION ALL MATCH (n:Entity {id: $id}) RETURN n }
WITH [n, CASE WHEN n:Paper THEN COUNT { (n)-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->() }
             ELSE n.paperCount END] AS start
WITH reduce(s = {chosen: [start], frontier: [start[0]], truncated: false}, level IN range(1, $depth) |
  CASE WHEN size(s.frontier) = 0 OR (size(s.chosen) >= $limit AND s.truncated) THEN s
  ELSE head([walked IN [reduce(st = {chosen: s.chosen, next: [], truncated: s.truncated}, f IN s.frontier |
    CASE WHEN size(st.chosen) >= $limit AND st.truncated THEN st
    ELSE head([list IN [COLLECT {
        MATCH (f)--(m:Paper|Entity)
        WHERE m:Paper OR $kinds IS NULL OR m.type IN $kinds
        WITH m, CASE WHEN m:Paper THEN COUNT { (m)-[:PROPOSES|USES_METHOD|EVALUATES_ON|USES_MODEL|ADDRESSES|REPORTS_METRIC|HAS_CODE|HAS_TOPIC]->() }
                     ELSE m.paperCount END AS size
        ORDER BY size DESC, m.id
        LIMIT $limit
        RETURN [m, size]
      }] |
      head([a IN [reduce(a = {chosen: st.chosen, next: st.next, examined: 0}, m IN list |
          CASE WHEN size(a.chosen) >= $limit THEN a
               WHEN m IN a.chosen THEN {chosen: a.chosen, next: a.next, examined: a.examined + 1}
               ELSE {chosen: a.chosen + [m], next: a.next + m[0], examined: a.examined + 1} END)] |
        {chosen: a.chosen, next: a.next, truncated: st.truncated OR (size(a.chosen) >= $limit AND
          (COUNT { (f)--(:Paper|Entity) } > size(list) OR any(m IN list[a.examined..] WHERE NOT m IN a.chosen)))}])])
    END)] |
    {chosen: walked.chosen, frontier: walked.next, truncated: walked.truncated}])
  END) AS walk
WITH walk.chosen AS chosen, [c IN walk.chosen | c[0]] AS nodes, walk.truncated AS truncated
RETURN truncated,
  [c IN chosen | head([n IN [c[0]] | CASE WHEN n:Paper
    THEN [n.id, 'paper', c[1], n.title, null, n.published, n.url, n.authors, n.venue, n.arxivId, n.categories]
    ELSE [n.id, n.type, c[1], n.name, n.aliases] END])] AS nodes,
  reduce(links = [], p IN [n IN nodes WHERE n:Paper] |
    links + [(p)-[r]->(e:Entity) WHERE e IN nodes | [p.id, e.id, type(r), r.confidence]]) AS links
