// A page of the articles that mention an entity or report an event, newest
// published first, then id.
OPTIONAL MATCH (e:Entity {id: $nodeId})
OPTIONAL MATCH (v:Event {id: $nodeId})
WITH coalesce(e, v) AS n
CALL (n) {
  MATCH (a:Article)-[:MENTIONS|REPORTS]->(n)
  RETURN count(DISTINCT a) AS total
}
CALL (n) {
  MATCH (a:Article)-[:MENTIONS|REPORTS]->(n)
  WITH DISTINCT a
  WHERE NOT $after
     OR a.pubOrder > $cursorOrder
     OR (a.pubOrder = $cursorOrder AND a.id > $cursorId)
  WITH a
  ORDER BY a.pubOrder, a.id
  LIMIT $limit
  RETURN collect(properties(a)) AS articles
}
RETURN total, articles
