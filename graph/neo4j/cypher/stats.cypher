// What the store holds. Mentions are counted per article when it is
// written, so this never scans relationships.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles, coalesce(sum(a.mentions), 0) AS mentions
}
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims
}
CALL () {
  MATCH (m:Merge)
  WHERE m.active
  RETURN count(m) AS merges
}
CALL () {
  MATCH (e:Entity)
  WITH e.type AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS entityTypes
}
CALL () {
  MATCH (v:Event)
  WITH v.type AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS eventTypes
}
CALL () {
  MATCH (r:Relation)
  WITH r.type AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS relationTypes
}
RETURN articles, mentions, claims, merges, entityTypes, eventTypes, relationTypes
