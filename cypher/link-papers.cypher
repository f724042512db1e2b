// Relationship types come from a closed set in the code (RELATIONS), never from input.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MATCH (e:Entity {id: row.entityId})
CREATE (p)-[r:$(row.relation)]->(e)
SET r.mention = row.mention, r.start = row.start, r.end = row.end, r.sentence = row.sentence,
    r.confidence = row.confidence, r.role = row.role, r.sortKey = row.paperSortKey
