CREATE INDEX paper_sort_key IF NOT EXISTS FOR (p:Paper) ON (p.sortKey)
