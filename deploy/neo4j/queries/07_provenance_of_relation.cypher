// Where a relation comes from: every claim of it, newest article first,
// with the sentence, its offsets in the article text and who said it. Take
// the id from any typed relationship (its id property) or from the API.
//   :param relation => 'rel:1583310f962b2179'
MATCH (rel:Relation {id: $relation})
MATCH (c:Claim {relationId: rel.id})-[:STATED_IN]->(a:Article)
OPTIONAL MATCH (speaker:Entity {id: c.speakerId})
RETURN rel.type AS type, rel.sourceId AS source, rel.targetId AS target, c.modality AS modality,
       a.published AS published, a.title AS article, a.url AS url, c.sentence AS sentence,
       c.sentenceStart AS start, c.sentenceEnd AS end, c.confidence AS confidence, speaker.name AS said
ORDER BY published DESC, article
