CALL db.index.fulltext.queryNodes('paper_text', $query) YIELD node
RETURN count(node) AS total
