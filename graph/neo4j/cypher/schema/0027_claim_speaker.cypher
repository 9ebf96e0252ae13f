CREATE INDEX claim_speaker IF NOT EXISTS FOR (n:Claim) ON (n.speakerId)
