// For each article, a page of the events it reports, ordered as
// event_find.cypher; when $byInvolving is set, only those that involve one
// of the entities in $involving (resolved ids). Articles that do not exist
// return no row.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:REPORTS]->(v:Event)
  WITH DISTINCT v
  WHERE (size($types) = 0 OR v.type IN $types)
    AND ($from IS NULL OR v.dateEnd >= $from)
    AND ($to IS NULL OR v.dateStart <= $to)
    AND (NOT $byInvolving OR EXISTS { MATCH (v)-[:INVOLVES]->(n:Entity) WHERE n.id IN $involving })
  RETURN count(v) AS total
}
CALL (a) {
  MATCH (a)-[:REPORTS]->(v:Event)
  WITH DISTINCT v
  WHERE (size($types) = 0 OR v.type IN $types)
    AND ($from IS NULL OR v.dateEnd >= $from)
    AND ($to IS NULL OR v.dateStart <= $to)
    AND (NOT $byInvolving OR EXISTS { MATCH (v)-[:INVOLVES]->(n:Entity) WHERE n.id IN $involving })
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
RETURN id, total, events
