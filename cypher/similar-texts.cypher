// Papers whose title and abstract match a paper's content words, by Lucene BM25 relevance.
CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score
