// A page of entities, most mentioned first, then id: the search listing
// when there is no query.
CALL () {
  MATCH (e:Entity)
  WHERE size($types) = 0 OR e.type IN $types
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entity)
  WHERE (size($types) = 0 OR e.type IN $types)
    AND (NOT $after
      OR e.articles < $cursorArticles
      OR (e.articles = $cursorArticles AND e.id > $cursorId))
  WITH e
  ORDER BY e.articles DESC, e.id
  LIMIT $limit
  RETURN collect(e {.id, .type, .name, .aliases, .kind, .code, .articles}) AS entities
}
RETURN total, entities
