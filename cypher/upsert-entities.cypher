// Labels come from a closed set in the code (LABEL_OF_TYPE), never from input; an entity's type, so
// its label, is part of its id. Aliases only grow: they are rewritten only when a name is new.
// paperCount grows by the batch's links to the entity (row.papers); an entity that also lost links
// in the batch (unlink-papers) is counted again afterwards (count-entity-papers).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.label), e.type = row.type, e.key = row.key, e.name = row.name, e.aliases = [], e.repoKind = row.repoKind,
                e.paperCount = row.papers
  ON MATCH SET e.paperCount = coalesce(e.paperCount, 0) + row.papers
WITH e, row, reduce(acc = e.aliases, n IN row.names |
  CASE WHEN toLower(n) = toLower(e.name) OR any(x IN acc WHERE toLower(x) = toLower(n)) THEN acc ELSE acc + n END) AS aliases
WHERE e.aliasText IS NULL OR size(aliases) > size(e.aliases)
SET e.aliases = aliases, e.aliasText = reduce(t = '', a IN aliases | t + ' ' + a)
