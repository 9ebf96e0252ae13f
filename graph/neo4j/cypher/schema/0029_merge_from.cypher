CREATE INDEX merge_from IF NOT EXISTS FOR (n:Merge) ON (n.fromId)
