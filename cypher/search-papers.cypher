// A page of full-text matches, ranked by the index's own score, filtered like filter-papers; maps are
// built for the page only. Under CASE the code test runs only when `hasCode` is asked (written as
// `EXISTS {…} = $hasCode` it was planned as a semi-apply for every match: 132k db hits at 121k papers).
CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p, score
WHERE ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
  AND all(id IN $allOf WHERE EXISTS { (p)-->(:Entity {id: id}) })
  AND (size($anyOf) = 0 OR any(id IN $anyOf WHERE EXISTS { (p)-->(:Entity {id: id}) }))
  AND ($venue IS NULL OR toLower(p.venue) = $venue)
  AND ($author IS NULL OR any(a IN coalesce(p.authors, []) WHERE toLower(a) = $author))
  AND ($hasCode IS NULL OR CASE WHEN $hasCode THEN EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) }
                                 ELSE NOT EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) } END)
WITH p, score
ORDER BY score DESC, p.id
SKIP $offset LIMIT $first
RETURN p {.id, .title, .abstract, .url, .published, .authors, .venue, .arxivId, .categories, .recordId} AS paper, score
