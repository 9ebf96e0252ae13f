// The nodes and relations an article's statements currently make: what must
// be summarised again once the article is replaced or deleted.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS entities
}
CALL (a) {
  MATCH (a)-[:REPORTS]->(v:Event)
  RETURN collect(DISTINCT v.id) AS events
}
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  RETURN collect(DISTINCT c.relationId) AS relations
}
RETURN a.id AS id, entities, events, relations
