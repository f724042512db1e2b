// Entities no node holds yet (resolve-aliases found none of these ids): CREATE, where upsert-entities
// MERGEs; names, aliases and paper counts as upsert-entities would give a new node. Labels come from a
// closed set in the code (LABEL_OF_TYPE).
UNWIND $rows AS row
CREATE (e:Entity {id: row.id, type: row.type, key: row.key, name: row.name, aliases: row.aliases, aliasText: row.aliasText,
                  repoKind: row.repoKind, paperCount: row.papers})
SET e:$(row.label)
