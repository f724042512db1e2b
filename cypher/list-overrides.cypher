// Hand fixes, oldest first; each is kept whole as JSON, the format the in-process store's file uses.
MATCH (o:Override)
RETURN o.json AS json
ORDER BY o.seq
