// A page of articles, newest published first (pubOrder ascending), then id.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WHERE NOT $after
     OR a.pubOrder > $cursorOrder
     OR (a.pubOrder = $cursorOrder AND a.id > $cursorId)
  WITH a
  ORDER BY a.pubOrder, a.id
  LIMIT $limit
  RETURN collect(properties(a)) AS articles
}
RETURN total, articles
