// A bulk load defers this index's upkeep at every commit to one population at its end (schema-paper-sort-key).
DROP INDEX paper_sort_key IF EXISTS
