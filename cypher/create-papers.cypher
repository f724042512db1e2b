// Papers no node holds yet (unlink-papers found none), with their links, after upsert-entities:
// CREATE, where upsert-papers MERGEs. Relationship types come from a closed set in the code (RELATIONS).
UNWIND $rows AS row
CREATE (p:Paper {id: row.id, title: row.title, abstract: row.abstract, url: row.url, published: row.published, sortKey: row.sortKey,
                 authors: row.authors, venue: row.venue, arxivId: row.arxivId, categories: row.categories, recordId: row.recordId,
                 fingerprint: row.fingerprint})
WITH p, row
UNWIND row.links AS link
MATCH (e:Entity {id: link.entityId})
CREATE (p)-[:$(link.relation) {mention: link.mention, start: link.start, end: link.end, sentence: link.sentence,
                               confidence: link.confidence, role: link.role, sortKey: row.sortKey}]->(e)
