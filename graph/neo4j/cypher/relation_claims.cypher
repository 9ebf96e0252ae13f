// Every claim of each relation, for graph.SummarizeRelation.
UNWIND $ids AS id
MATCH (c:Claim {relationId: id})
RETURN id, c.articleId AS articleId, c.ord AS ord, c.type AS type, c.sourceId AS sourceId,
       c.targetId AS targetId, c.modality AS modality, c.role AS role, c.confidence AS confidence
