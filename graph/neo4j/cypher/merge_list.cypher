// A page of merge records, newest first, then id.
CALL () {
  MATCH (m:Merge)
  WHERE ($nodeId IS NULL OR m.fromId = $nodeId OR m.intoId = $nodeId)
    AND ($includeUndone OR m.active)
  RETURN count(m) AS total
}
CALL () {
  MATCH (m:Merge)
  WHERE ($nodeId IS NULL OR m.fromId = $nodeId OR m.intoId = $nodeId)
    AND ($includeUndone OR m.active)
    AND (NOT $after
      OR m.createdAt < $cursorCreatedAt
      OR (m.createdAt = $cursorCreatedAt AND m.id > $cursorId))
  WITH m
  ORDER BY m.createdAt DESC, m.id
  LIMIT $limit
  RETURN collect(properties(m)) AS merges
}
RETURN total, merges
