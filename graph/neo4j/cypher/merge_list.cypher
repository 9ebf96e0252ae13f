// Merge records, newest first.
MATCH (m:Merge)
WHERE ($nodeId IS NULL OR m.fromId = $nodeId OR m.intoId = $nodeId)
  AND ($includeUndone OR m.active)
RETURN properties(m) AS merge
ORDER BY m.createdAt DESC, m.id
