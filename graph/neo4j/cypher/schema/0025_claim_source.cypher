CREATE INDEX claim_source IF NOT EXISTS FOR (n:Claim) ON (n.sourceId)
