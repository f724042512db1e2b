// Papers with their links, after upsert-entities: one paper lookup for all of a paper's links.
// Relationship types come from a closed set in the code (RELATIONS), never from input.
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.abstract = row.abstract, p.url = row.url, p.published = row.published, p.sortKey = row.sortKey,
    p.authors = row.authors, p.venue = row.venue, p.arxivId = row.arxivId, p.categories = row.categories, p.recordId = row.recordId,
    p.fingerprint = row.fingerprint
WITH p, row
UNWIND row.links AS link
MATCH (e:Entity {id: link.entityId})
CREATE (p)-[r:$(link.relation)]->(e)
SET r.mention = link.mention, r.start = link.start, r.end = link.end, r.sentence = link.sentence, r.confidence = link.confidence,
    r.role = link.role, r.sortKey = row.sortKey
