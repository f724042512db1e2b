// A bulk load defers the full-text upkeep of every commit to one population at its end (schema-paper-fulltext).
DROP INDEX paper_text IF EXISTS
