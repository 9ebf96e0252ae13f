// A page of events by date then id: dated before undated, the first day of
// the date range ascending ($dir = 1) or descending ($dir = -1).
CALL () {
  MATCH (v:Event)
  WHERE (size($types) = 0 OR v.type IN $types)
    AND ($from IS NULL OR v.dateEnd >= $from)
    AND ($to IS NULL OR v.dateStart <= $to)
  RETURN count(v) AS total
}
CALL () {
  MATCH (v:Event)
  WHERE (size($types) = 0 OR v.type IN $types)
    AND ($from IS NULL OR v.dateEnd >= $from)
    AND ($to IS NULL OR v.dateStart <= $to)
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
