CREATE INDEX entity_type_count IF NOT EXISTS FOR (e:Entity) ON (e.type, e.paperCount)
