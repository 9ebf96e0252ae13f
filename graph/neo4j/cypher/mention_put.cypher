// Writes what articles said about entities: one MENTIONS relationship per
// article and entity id the extractor gave, pointing at the node that id
// resolves to, with the article's names for it and every mention (text,
// sentence offsets, confidence) as parallel lists. The entity node may not
// exist yet; its summary is written later in the same transaction.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS {statedId: row.statedId}]->(e)
SET m.ord = row.ord,
    m.type = row.type,
    m.name = row.name,
    m.aliases = row.aliases,
    m.kind = row.kind,
    m.code = row.code,
    m.texts = row.texts,
    m.textStarts = row.textStarts,
    m.textEnds = row.textEnds,
    m.sentences = row.sentences,
    m.sentenceStarts = row.sentenceStarts,
    m.sentenceEnds = row.sentenceEnds,
    m.confidences = row.confidences
