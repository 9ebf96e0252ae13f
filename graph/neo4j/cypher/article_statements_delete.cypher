// Removes what articles stated (their mentions, event reports and claims)
// but keeps the article nodes, which the caller rewrites.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[s:MENTIONS|REPORTS]->()
  DELETE s
}
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  DETACH DELETE c
}
