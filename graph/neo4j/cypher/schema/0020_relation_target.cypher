CREATE INDEX relation_target IF NOT EXISTS FOR (n:Relation) ON (n.targetId)
