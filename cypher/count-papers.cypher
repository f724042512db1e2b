MATCH (p:Paper)
RETURN count(p) AS total
