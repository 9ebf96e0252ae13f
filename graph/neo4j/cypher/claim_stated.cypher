// The relation each given relation id, as an extractor stated it, now reads
// as: merges change the ends and so the id.
UNWIND $ids AS id
MATCH (c:Claim {statedRelationId: id})
RETURN DISTINCT id, c.relationId AS relationId
