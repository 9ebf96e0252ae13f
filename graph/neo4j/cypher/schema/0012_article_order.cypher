CREATE INDEX article_order IF NOT EXISTS FOR (n:Article) ON (n.pubOrder, n.id)
