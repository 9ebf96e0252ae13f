CREATE INDEX relation_type IF NOT EXISTS FOR (n:Relation) ON (n.type)
