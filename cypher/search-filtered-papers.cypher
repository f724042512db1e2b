// search-papers.cypher with the conditions of filter-papers (they cost even when every parameter
// is null, so unfiltered searches leave them out). Under CASE the code test runs only when
// `hasCode` is asked (as `EXISTS {…} = $hasCode` it was planned as a semi-apply for every match).
CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p, score
WHERE ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
  AND all(id IN $allOf WHERE EXISTS { (p)-->(:Entity {id: id}) })
  AND (size($anyOf) = 0 OR any(id IN $anyOf WHERE EXISTS { (p)-->(:Entity {id: id}) }))
  AND ($venue IS NULL OR toLower(p.venue) = $venue)
  AND ($author IS NULL OR any(a IN coalesce(p.authors, []) WHERE toLower(a) = $author))
  AND ($hasCode IS NULL OR CASE WHEN $hasCode THEN EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) }
                                 ELSE NOT EXISTS { (p)-[:HAS_CODE]->(:Repository {repoKind: 'code'}) } END)
WITH collect([p, score]) AS matches
CALL (matches) {
  UNWIND matches[0..$offset + $first] AS match
  RETURN min(match[1]) AS lowest
}
CALL (matches, lowest) {
  UNWIND [match IN matches WHERE match[1] >= lowest] AS match
  WITH match[0] AS p, match[1] AS score
  ORDER BY score DESC, p.id
  SKIP $offset LIMIT $first
  RETURN collect({paper: p {.id, .title, abstract: CASE WHEN $withAbstract THEN p.abstract ELSE '' END, .url, .published, .authors, .venue, .arxivId, .categories, .recordId}, score: score}) AS page
}
RETURN size(matches) AS total, page
