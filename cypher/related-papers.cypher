// Adamic–Adar: each shared entity adds 1 / ln(1 + its paper count), so rare ones weigh more.
MATCH (p:Paper {id: $paperId})-->(e:Entity)<--(other:Paper)
WHERE e.type IN $types AND other <> p
WITH other, e ORDER BY e.id
WITH other, collect(e {.id, .type, .key, .name, .aliases, .paperCount, .repoKind}) AS shared, sum(1.0 / log(1 + e.paperCount)) AS score
RETURN other {.id, .title, .abstract, .url, .published} AS paper, shared, score
ORDER BY score DESC, paper.id
LIMIT $first
