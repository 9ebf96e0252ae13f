// Events conditioned on a ceasefire, and ceasefires conditioned on
// something: "X only if Y" reads (X)-[:CONDITIONED_ON]->(Y). With the
// sources that state each condition and who said it.
MATCH (x:Event)-[r:CONDITIONED_ON]->(y:Event)
WHERE x:Ceasefire OR y:Ceasefire
MATCH (c:Claim {relationId: r.id})-[:STATED_IN]->(a:Article)
OPTIONAL MATCH (speaker:Entity {id: c.speakerId})
RETURN x.caption AS event, x.name AS name, x.modality AS modality, y.caption AS onCondition,
       y.name AS condition, collect({said: speaker.name, article: a.title, sentence: c.sentence}) AS evidence
ORDER BY event
