// A bulk load defers this index's upkeep at every commit to one population at its end (schema-entity-type).
DROP INDEX entity_type_count IF EXISTS
