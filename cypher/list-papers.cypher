// Newest first, undated last, then by title and id: sortKey encodes that order (graph-model.ts
// paperSortKey), and the range index on it serves the order without sorting every paper. One row:
// the page as a list of [paper] (fewer records cost the driver less, as list-papers-with-links).
MATCH (p:Paper)
WHERE p.sortKey >= ''
WITH p
ORDER BY p.sortKey
SKIP $offset LIMIT $first
RETURN collect([[p.id, p.title, CASE WHEN $withAbstract THEN p.abstract ELSE '' END, p.url, p.published, CASE WHEN $withMetadata THEN [p.authors, p.venue, p.arxivId, p.categories, p.recordId] END]]) AS page
