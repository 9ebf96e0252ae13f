// Every claim of each relation, for graph.RelationDigest. The relation's
// node is locked first (see entity_reports), made bare if it has none yet:
// one no claim supports any more is deleted before the write commits.
UNWIND $ids AS id
MERGE (r:Relation {id: id})
SET r.writeLock = true
REMOVE r.writeLock
WITH id
MATCH (c:Claim {relationId: id})
RETURN id, c.articleId AS articleId, c.ord AS ord, c.type AS type, c.sourceId AS sourceId,
       c.targetId AS targetId, c.modality AS modality, c.role AS role, c.confidence AS confidence
