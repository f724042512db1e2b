// search-papers over only the index's best $limit matches (Lucene's own top-k): a common word matches
// tens of thousands of papers, and Neo4j spent most of such a search turning every match into a row
// only to count it. `total` is then at most $limit, a lower bound when it reaches it. `cut`: the
// page's lowest score reaches the last match read, so papers tied with it beyond $limit could belong
// on the page (ties go by id); the caller then asks search-papers.
CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node AS p, score
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
RETURN size(matches) AS total, page, coalesce(size(matches) = $limit AND matches[-1][1] >= lowest, false) AS cut
