// Removes the results of papers about to be rewritten: re-ingest replaces a paper's results whole.
UNWIND $ids AS id
MATCH (:Paper {id: id})-[:REPORTS_RESULT]->(r:Result)
DETACH DELETE r
