// The fingerprints stored with papers (what each was extracted from), for re-ingest to skip unchanged ones.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
WHERE p.fingerprint IS NOT NULL
RETURN id, p.fingerprint AS fingerprint
