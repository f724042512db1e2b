// seq orders fixes as they were made (ids are random).
OPTIONAL MATCH (o:Override)
WITH coalesce(max(o.seq), 0) + 1 AS seq
CREATE (:Override {id: $id, seq: seq, op: $op, json: $json})
