// Full-text matches ranked by the index's own score, with the total:
// the index is read once, matches are kept as [node, score] pairs, and only the rows that can be
// on the page are sorted (by score, then id as in the in-process store), read and built into maps.
// Those rows score at least the lowest of the first offset + first matches: exact in any order, and
// as the index yields matches best first, that is the page's last score.
CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node AS p, score
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
