CREATE INDEX entity_articles IF NOT EXISTS FOR (n:Entity) ON (n.articles)
