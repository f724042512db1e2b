// Newest first, undated last, then by title and id: the same order as the in-process store.
MATCH (p:Paper)
RETURN p {.id, .title, .abstract, .url, .published} AS paper, 0.0 AS score
ORDER BY p.published IS NULL, p.published DESC, p.title, p.id
SKIP $offset LIMIT $first
