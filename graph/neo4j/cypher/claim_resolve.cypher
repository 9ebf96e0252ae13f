// Rewrites the resolved ends of claims after a merge or its undoing.
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.relationId = row.relationId,
    c.sourceId = row.sourceId,
    c.targetId = row.targetId,
    c.speakerId = row.speakerId
