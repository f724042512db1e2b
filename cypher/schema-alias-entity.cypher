CREATE INDEX alias_entity IF NOT EXISTS FOR (a:Alias) ON (a.entityId)
