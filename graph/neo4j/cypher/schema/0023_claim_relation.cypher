CREATE INDEX claim_relation IF NOT EXISTS FOR (n:Claim) ON (n.relationId)
