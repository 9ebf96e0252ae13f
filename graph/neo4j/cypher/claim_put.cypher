// Writes claims: one node per statement of a relation, linked to its
// article. The stated* properties keep the ids the extractor gave; the
// others are those ids resolved through merges, and relationId is the id of
// the :Relation node and typed relationship the claim supports.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (c:Claim {id: row.id})
SET c.articleId = row.articleId,
    c.ord = row.ord,
    c.type = row.type,
    c.modality = row.modality,
    c.role = row.role,
    c.relationConfidence = row.relationConfidence,
    c.confidence = row.confidence,
    c.statedRelationId = row.statedRelationId,
    c.statedSourceId = row.statedSourceId,
    c.statedTargetId = row.statedTargetId,
    c.statedSpeakerId = row.statedSpeakerId,
    c.relationId = row.relationId,
    c.sourceId = row.sourceId,
    c.targetId = row.targetId,
    c.speakerId = row.speakerId,
    c.sentence = row.sentence,
    c.sentenceStart = row.sentenceStart,
    c.sentenceEnd = row.sentenceEnd
MERGE (c)-[:STATED_IN]->(a)
