CREATE INDEX claim_stated_relation IF NOT EXISTS FOR (n:Claim) ON (n.statedRelationId)
