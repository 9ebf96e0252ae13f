CREATE INDEX relation_source IF NOT EXISTS FOR (n:Relation) ON (n.sourceId)
