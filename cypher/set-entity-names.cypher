// A curated name or alias list; aliasText feeds the entity_names full-text index, as in upsert-entities.
MATCH (e:Entity {id: $id})
SET e.name = $name, e.aliases = $aliases, e.aliasText = reduce(t = '', a IN $aliases | t + ' ' + a)
