CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
CALL () { MATCH (:Paper)-[r]->(:Entity) RETURN count(r) AS links }
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count RETURN collect({type: type, count: count}) AS byType }
RETURN papers, links, byType
