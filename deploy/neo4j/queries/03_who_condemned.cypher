// Who condemned an event, and where each source said so: the event is
// named by id, or by a word of its name.
//   :param event => 'strike'
MATCH (e:Event)
WHERE e.id = $event OR toLower(e.name) CONTAINS toLower($event)
MATCH (actor)-[r:CONDEMNED]->(e)
MATCH (c:Claim {relationId: r.id})-[:STATED_IN]->(a:Article)
RETURN e.caption AS event, e.name AS name, actor.name AS condemnedBy, r.modality AS modality,
       r.confidence AS confidence,
       collect({published: a.published, article: a.title, sentence: c.sentence}) AS evidence
ORDER BY event, condemnedBy
