CREATE INDEX paper_record_id IF NOT EXISTS FOR (p:Paper) ON (p.recordId)
