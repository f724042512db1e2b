UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.abstract = row.abstract, p.url = row.url, p.published = row.published, p.sortKey = row.sortKey,
    p.authors = row.authors, p.venue = row.venue, p.arxivId = row.arxivId, p.categories = row.categories, p.recordId = row.recordId,
    p.fingerprint = row.fingerprint
