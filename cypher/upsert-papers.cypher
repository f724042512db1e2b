// Papers with their links, after upsert-entities: one paper lookup for all of a paper's links.
// Relationship types come from a closed set in the code (RELATIONS), never from input.
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.abstract = row.abstract, p.url = row.url, p.published = row.published, p.sortKey = row.sortKey,
    p.authors = row.authors, p.venue = row.venue, p.arxivId = row.arxivId, p.categories = row.categories, p.recordId = row.recordId,
    p.fingerprint = row.fingerprint
WITH p, row
// Each link is [relation, entityId, mention, start, end, sentence, confidence, role] (neo4j-store.ts, LinkTuple).
UNWIND row.links AS link
MATCH (e:Entity {id: link[1]})
CREATE (p)-[r:$(link[0])]->(e)
SET r.mention = link[2], r.start = link[3], r.end = link[4], r.sentence = link[5], r.confidence = link[6], r.role = link[7],
    r.sortKey = row.sortKey
