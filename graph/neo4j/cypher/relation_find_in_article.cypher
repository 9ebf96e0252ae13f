// A page of the relations one article states, ordered as relation_find.cypher.
CALL () {
  MATCH (c:Claim {articleId: $articleId})
  WITH DISTINCT c.relationId AS rid
  MATCH (r:Relation {id: rid})
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
  RETURN count(r) AS total
}
CALL () {
  MATCH (c:Claim {articleId: $articleId})
  WITH DISTINCT c.relationId AS rid
  MATCH (r:Relation {id: rid})
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
