// For each node, a page of the relations touching it at the end $direction
// says ('OUT': source, 'IN': target, 'BOTH'), ordered as relation_find.cypher.
// A symmetric relation (its type in $symmetric) is stored once, from the
// smaller id, and touches both its ends either way.
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (r:Relation {sourceId: id})
    WHERE $direction <> 'IN' OR r.type IN $symmetric
    RETURN r
    UNION
    MATCH (r:Relation {targetId: id})
    WHERE $direction <> 'OUT' OR r.type IN $symmetric
    RETURN r
  }
  WITH r
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Claim {relationId: r.id, articleId: $articleId}) })
  RETURN count(r) AS total
}
CALL (id) {
  CALL (id) {
    MATCH (r:Relation {sourceId: id})
    WHERE $direction <> 'IN' OR r.type IN $symmetric
    RETURN r
    UNION
    MATCH (r:Relation {targetId: id})
    WHERE $direction <> 'OUT' OR r.type IN $symmetric
    RETURN r
  }
  WITH r
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Claim {relationId: r.id, articleId: $articleId}) })
    AND (NOT $after
      OR r.articles < $cursorArticles
      OR (r.articles = $cursorArticles AND r.id > $cursorId))
  WITH r
  ORDER BY r.articles DESC, r.id
  LIMIT $limit
  RETURN collect(r {.id, .type, .sourceId, .targetId, .modality, .role, .confidence, .articles}) AS relations
}
RETURN id, total, relations
