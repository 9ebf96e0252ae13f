CREATE INDEX merge_into IF NOT EXISTS FOR (n:Merge) ON (n.intoId)
