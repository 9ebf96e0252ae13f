// Deletes an article with its claims; DETACH DELETE takes its MENTIONS and
// REPORTS relationships with it.
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  DETACH DELETE c
}
DETACH DELETE a
