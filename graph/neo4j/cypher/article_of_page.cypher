// For each node (a resolved entity, event or relation id), a page of the
// articles that state something of it: that mention the entity, report the
// event or state the relation. Newest published first, then id.
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (a:Article)-[:MENTIONS]->(:Entity {id: id})
    RETURN a
    UNION
    MATCH (a:Article)-[:REPORTS]->(:Event {id: id})
    RETURN a
    UNION
    MATCH (:Claim {relationId: id})-[:STATED_IN]->(a:Article)
    RETURN a
  }
  RETURN count(a) AS total
}
CALL (id) {
  CALL (id) {
    MATCH (a:Article)-[:MENTIONS]->(:Entity {id: id})
    RETURN a
    UNION
    MATCH (a:Article)-[:REPORTS]->(:Event {id: id})
    RETURN a
    UNION
    MATCH (:Claim {relationId: id})-[:STATED_IN]->(a:Article)
    RETURN a
  }
  WITH a
  WHERE NOT $after
     OR a.pubOrder > $cursorOrder
     OR (a.pubOrder = $cursorOrder AND a.id > $cursorId)
  WITH a
  ORDER BY a.pubOrder, a.id
  LIMIT $limit
  RETURN collect(properties(a)) AS articles
}
RETURN id, total, articles
