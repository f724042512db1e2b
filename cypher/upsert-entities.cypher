// Labels come from a closed set in the code (LABEL_OF_TYPE), never from input; an entity's type, so
// its label, is part of its id. Aliases only grow: they are rewritten only when a name is new.
// paperCount grows by the batch's links to the entity (papers); an entity that also lost links
// in the batch (unlink-papers) is counted again afterwards (count-entity-papers).
// Each row is [id, label, type, key, name, repoKind, papers, names] (neo4j-store.ts, EntityTuple).
UNWIND $rows AS row
MERGE (e:Entity {id: row[0]})
  ON CREATE SET e:$(row[1]), e.type = row[2], e.key = row[3], e.name = row[4], e.aliases = [], e.repoKind = row[5],
                e.paperCount = row[6]
  ON MATCH SET e.paperCount = coalesce(e.paperCount, 0) + row[6]
WITH e, row, reduce(acc = e.aliases, n IN row[7] |
  CASE WHEN toLower(n) = toLower(e.name) OR any(x IN acc WHERE toLower(x) = toLower(n)) THEN acc ELSE acc + n END) AS aliases
WHERE e.aliasText IS NULL OR size(aliases) > size(e.aliases)
SET e.aliases = aliases, e.aliasText = reduce(t = '', a IN aliases | t + ' ' + a)
