// Empties papergraph's part of the database (tests, `papergraph db reset`), hand fixes included;
// other data is left alone.
MATCH (n) WHERE n:Paper OR n:Entity OR n:Alias OR n:Override OR n:Result
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
