CREATE INDEX claim_target IF NOT EXISTS FOR (n:Claim) ON (n.targetId)
