CREATE INDEX claim_article IF NOT EXISTS FOR (n:Claim) ON (n.articleId)
