MATCH (p:Paper)-->(:Entity {id: $id})
WHERE p.published IS NOT NULL
WITH substring(p.published, 0, $length) AS period, count(*) AS count
RETURN period, count
ORDER BY period
