CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node, score
RETURN node {.id, .title, .abstract, .url, .published} AS paper, score
ORDER BY score DESC, node.id
SKIP $offset LIMIT $first
