// A page of each relation's claims, newest article first, then article id
// and the claim's place in its article.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Claim {relationId: id})
  RETURN count(c) AS total
}
CALL (id) {
  MATCH (c:Claim {relationId: id})-[:STATED_IN]->(a:Article)
  WHERE NOT $after
     OR a.pubOrder > $cursorOrder
     OR (a.pubOrder = $cursorOrder AND (a.id > $cursorArticleId
       OR (a.id = $cursorArticleId AND c.ord > $cursorOrd)))
  WITH a, c
  ORDER BY a.pubOrder, a.id, c.ord
  LIMIT $limit
  RETURN collect({pubOrder: a.pubOrder, claim: properties(c)}) AS claims
}
RETURN id, total, claims
