CREATE INDEX relation_articles IF NOT EXISTS FOR (n:Relation) ON (n.articles)
