// Papers matching a filter, with the total, in one statement. It starts from an entity the paper
// must (or may) mention when there is one, else from every paper. Maps are built for the page only,
// the code test runs only when `hasCode` is asked (see search-papers.cypher), the seed is not tested
// again, and sortKey (graph-model.ts paperSortKey) gives newest first, undated last, title, id.
WITH CASE WHEN size($allOf) > 0 THEN $allOf[0..1] WHEN size($anyOf) > 0 THEN $anyOf ELSE null END AS seeds
CALL (seeds) {
  WITH seeds WHERE seeds IS NOT NULL
  UNWIND seeds AS seed
  MATCH (:Entity {id: seed})<--(p:Paper)
  RETURN DISTINCT p
  UNION
  WITH seeds WHERE seeds IS NULL
  CALL (seeds) { MATCH (p:Paper) WHERE seeds IS NULL RETURN p }
  RETURN p
}
WITH p
WHERE ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
  AND all(id IN $allOf[1..] WHERE EXISTS { (p)-->(:Entity {id: id}) })
  AND ($venue IS NULL OR toLower(p.venue) = $venue)
  AND ($author IS NULL OR any(a IN coalesce(p.authors, []) WHERE toLower(a) = $author))
  AND ($hasCode IS NULL OR CASE WHEN $hasCode THEN EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) }
                                 ELSE NOT EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) } END)
WITH p, size([id IN $anyOf WHERE EXISTS { (p)-->(:Entity {id: id}) }]) AS matched
WHERE size($anyOf) = 0 OR matched > 0
WITH p, matched
ORDER BY matched DESC, p.sortKey
WITH collect([p, matched]) AS rows
RETURN size(rows) AS total,
       [row IN rows[$offset..$offset + $first] | head([p IN [row[0]] |
        {paper: p {.id, .title, abstract: CASE WHEN $withAbstract THEN p.abstract ELSE '' END, .url, .published, .authors, .venue, .arxivId, .categories, .recordId}, score: toFloat(row[1])}])] AS page
