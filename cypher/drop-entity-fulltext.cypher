// A bulk load defers the full-text upkeep of every commit to one population at its end (schema-entity-fulltext).
DROP INDEX entity_names IF EXISTS
