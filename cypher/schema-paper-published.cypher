CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published)
