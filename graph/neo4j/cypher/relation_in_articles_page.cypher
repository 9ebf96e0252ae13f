// For each article, a page of the relations it states, ordered as
// relation_find.cypher; when $nodeId is set, only those touching that node
// (a resolved id) at the end $direction says, as relation_of_page.cypher
// reads it. Articles that do not exist return no row.
UNWIND $ids AS id
MATCH (:Article {id: id})
CALL (id) {
  MATCH (c:Claim {articleId: id})
  WITH DISTINCT c.relationId AS rid
  MATCH (r:Relation {id: rid})
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
    AND ($nodeId IS NULL
      OR (r.sourceId = $nodeId AND ($direction <> 'IN' OR r.type IN $symmetric))
      OR (r.targetId = $nodeId AND ($direction <> 'OUT' OR r.type IN $symmetric)))
  RETURN count(r) AS total
}
CALL (id) {
  MATCH (c:Claim {articleId: id})
  WITH DISTINCT c.relationId AS rid
  MATCH (r:Relation {id: rid})
  WHERE (size($types) = 0 OR r.type IN $types)
    AND (size($modalities) = 0 OR r.modality IN $modalities)
    AND ($nodeId IS NULL
      OR (r.sourceId = $nodeId AND ($direction <> 'IN' OR r.type IN $symmetric))
      OR (r.targetId = $nodeId AND ($direction <> 'OUT' OR r.type IN $symmetric)))
    AND (NOT $after
      OR r.articles < $cursorArticles
      OR (r.articles = $cursorArticles AND r.id > $cursorId))
  WITH r
  ORDER BY r.articles DESC, r.id
  LIMIT $limit
  RETURN collect(r {.id, .type, .sourceId, .targetId, .modality, .role, .confidence, .articles}) AS relations
}
RETURN id, total, relations
