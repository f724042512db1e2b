// Newest first, undated last, then by title and id: sortKey encodes that order (graph-model.ts
// paperSortKey), and the range index on it serves the order without sorting every paper.
MATCH (p:Paper)
WHERE p.sortKey >= ''
RETURN [p.id, p.title, CASE WHEN $withAbstract THEN p.abstract ELSE '' END, p.url, p.published, CASE WHEN $withMetadata THEN [p.authors, p.venue, p.arxivId, p.categories, p.recordId] END] AS paper, 0.0 AS score
ORDER BY p.sortKey
SKIP $offset LIMIT $first
