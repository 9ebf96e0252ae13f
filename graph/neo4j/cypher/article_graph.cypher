// Everything one article stated, as it stated it: the store rebuilds the
// graph.ArticleGraph from these properties, ordered by ord.
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  RETURN collect(properties(m)) AS mentions
}
CALL (a) {
  MATCH (a)-[r:REPORTS]->()
  RETURN collect(properties(r)) AS reports
}
CALL (a) {
  MATCH (c:Claim)-[:STATED_IN]->(a)
  RETURN collect(properties(c)) AS claims
}
RETURN properties(a) AS article, mentions, reports, claims
