// A page of the entities whose folded names hold every word of the query,
// the last as a prefix ($query is the Lucene form of that). Best match
// first: exact name, exact alias, name prefix, others; then the most
// mentioned; then id. $key is the folded query.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node
  WHERE size($types) = 0 OR node.type IN $types
  RETURN count(node) AS total
}
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node
  WHERE size($types) = 0 OR node.type IN $types
  WITH node,
       CASE
         WHEN node.searchName = $key THEN 0
         WHEN $key IN node.searchAliases THEN 1
         WHEN node.searchName STARTS WITH $key THEN 2
         ELSE 3
       END AS tier
  WHERE NOT $after
     OR tier > $cursorTier
     OR (tier = $cursorTier AND (node.articles < $cursorArticles
       OR (node.articles = $cursorArticles AND node.id > $cursorId)))
  WITH node, tier
  ORDER BY tier, node.articles DESC, node.id
  LIMIT $limit
  RETURN collect({tier: tier, entity: node {.id, .type, .name, .aliases, .kind, .code, .articles}}) AS hits
}
RETURN total, hits
