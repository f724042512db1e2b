// A bulk load defers this index's upkeep at every commit to one population at its end (schema-paper-record-id).
DROP INDEX paper_record_id IF EXISTS
