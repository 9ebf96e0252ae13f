// A page of the events that involve any of the entities in $involving
// (resolved ids), ordered as event_find.cypher; when $articleId is set, only
// those that article reports.
CALL () {
  MATCH (n:Entity)<-[:INVOLVES]-(v:Event)
  WHERE n.id IN $involving
  WITH DISTINCT v
  WHERE (size($types) = 0 OR v.type IN $types)
    AND ($from IS NULL OR v.dateEnd >= $from)
    AND ($to IS NULL OR v.dateStart <= $to)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Article {id: $articleId})-[:REPORTS]->(v) })
  RETURN count(v) AS total
}
CALL () {
  MATCH (n:Entity)<-[:INVOLVES]-(v:Event)
  WHERE n.id IN $involving
  WITH DISTINCT v
  WHERE (size($types) = 0 OR v.type IN $types)
    AND ($from IS NULL OR v.dateEnd >= $from)
    AND ($to IS NULL OR v.dateStart <= $to)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Article {id: $articleId})-[:REPORTS]->(v) })
  WITH v, CASE WHEN v.day IS NULL THEN 1 ELSE 0 END AS undated, coalesce(v.day, 0) * $dir AS day
  WHERE NOT $after
     OR undated > $cursorUndated
     OR (undated = $cursorUndated AND (day > $cursorDay OR (day = $cursorDay AND v.id > $cursorId)))
  WITH v, undated, day
  ORDER BY undated, day, v.id
  LIMIT $limit
  RETURN collect(v {.id, .type, .name, .dateStart, .dateEnd, .datePrecision, .datePhrase, .locationId, .perpetratorId,
         .participantIds, .killedValue, .killedQualifier, .killedMin, .killedVague, .killedText, .injuredValue,
         .injuredQualifier, .injuredMin, .injuredVague, .injuredText, .duration, .modality, .confidence, .articles}) AS events
}
RETURN total, events
