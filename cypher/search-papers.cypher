// Full-text matches by relevance, filtered like filter-papers, with the total.
CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p, score
WHERE ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
  AND all(id IN $allOf WHERE EXISTS { (p)-->(:Entity {id: id}) })
  AND (size($anyOf) = 0 OR any(id IN $anyOf WHERE EXISTS { (p)-->(:Entity {id: id}) }))
  AND ($venue IS NULL OR toLower(p.venue) = $venue)
  AND ($author IS NULL OR any(a IN coalesce(p.authors, []) WHERE toLower(a) = $author))
  AND ($hasCode IS NULL OR EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) } = $hasCode)
WITH p, score
ORDER BY score DESC, p.id
WITH collect({paper: p {.id, .title, .abstract, .url, .published, .authors, .venue, .arxivId, .categories, .recordId}, score: score}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $first] AS page
