// How many papers search-papers.cypher matches in all; run only when the total is asked for.
CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p
WHERE ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
  AND all(id IN $allOf WHERE EXISTS { (p)-->(:Entity {id: id}) })
  AND (size($anyOf) = 0 OR any(id IN $anyOf WHERE EXISTS { (p)-->(:Entity {id: id}) }))
  AND ($venue IS NULL OR toLower(p.venue) = $venue)
  AND ($author IS NULL OR any(a IN coalesce(p.authors, []) WHERE toLower(a) = $author))
  AND ($hasCode IS NULL OR CASE WHEN $hasCode THEN EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) }
                                 ELSE NOT EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) } END)
RETURN count(*) AS total
