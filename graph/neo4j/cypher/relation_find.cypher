// A page of relations, most reported first, then id.
CALL () {
  MATCH (r:Relation)
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
  RETURN count(r) AS total
}
CALL () {
  MATCH (r:Relation)
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
    AND (NOT $after
      OR r.articles < $cursorArticles
      OR (r.articles = $cursorArticles AND r.id > $cursorId))
  WITH r
  ORDER BY r.articles DESC, r.id
  LIMIT $limit
  RETURN collect(r {.id, .type, .sourceId, .targetId, .modality, .role, .confidence, .articles}) AS relations
}
RETURN total, relations
