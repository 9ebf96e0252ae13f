// Writes each article's account of an event: one REPORTS relationship per
// article and event id the extractor gave, pointing at the node that id
// resolves to. Place, perpetrator and participants stay as the article gave
// them; summaries resolve them through merges.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (v:Event {id: row.eventId})
MERGE (a)-[r:REPORTS {statedId: row.statedId}]->(v)
SET r.ord = row.ord,
    r.type = row.type,
    r.name = row.name,
    r.dateStart = row.dateStart,
    r.dateEnd = row.dateEnd,
    r.datePrecision = row.datePrecision,
    r.datePhrase = row.datePhrase,
    r.locationId = row.locationId,
    r.perpetratorId = row.perpetratorId,
    r.participantIds = row.participantIds,
    r.killedValue = row.killedValue,
    r.killedQualifier = row.killedQualifier,
    r.killedMin = row.killedMin,
    r.killedVague = row.killedVague,
    r.killedText = row.killedText,
    r.injuredValue = row.injuredValue,
    r.injuredQualifier = row.injuredQualifier,
    r.injuredMin = row.injuredMin,
    r.injuredVague = row.injuredVague,
    r.injuredText = row.injuredText,
    r.duration = row.duration,
    r.modality = row.modality,
    r.confidence = row.confidence,
    r.sentences = row.sentences,
    r.sentenceStarts = row.sentenceStarts,
    r.sentenceEnds = row.sentenceEnds
