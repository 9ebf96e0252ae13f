// A page of each event's per-article reports, newest article first, then
// article id and the id the article gave the event.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article)-[r:REPORTS]->(:Event {id: id})
  RETURN count(r) AS total
}
CALL (id) {
  MATCH (a:Article)-[r:REPORTS]->(:Event {id: id})
  WHERE NOT $after
     OR a.pubOrder > $cursorOrder
     OR (a.pubOrder = $cursorOrder AND (a.id > $cursorArticleId
       OR (a.id = $cursorArticleId AND r.statedId > $cursorStatedId)))
  WITH a, r
  ORDER BY a.pubOrder, a.id, r.statedId
  LIMIT $limit
  RETURN collect({articleId: a.id, pubOrder: a.pubOrder, report: properties(r)}) AS reports
}
RETURN id, total, reports
