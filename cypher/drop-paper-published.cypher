// A bulk load defers this index's upkeep at every commit to one population at its end (schema-paper-published).
DROP INDEX paper_published IF EXISTS
