UNWIND $ids AS id
CALL (id) { MATCH (n:Paper {id: id}) RETURN n UNION MATCH (n:Entity {id: id}) RETURN n }
RETURN n {.id, .title, .published, .url, .type, .name, .aliases} AS node, n:Paper AS isPaper,
       CASE WHEN n:Paper THEN COUNT { (n)-->() } ELSE n.paperCount END AS size
