MATCH (o:Override {id: $id})
DELETE o
RETURN count(*) AS deleted
