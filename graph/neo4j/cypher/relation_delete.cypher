// Deletes relations no claim supports any more: the :Relation node and the
// typed relationship, found from its source by id whatever its type.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
OPTIONAL MATCH (se:Entity {id: r.sourceId})
OPTIONAL MATCH (sv:Event {id: r.sourceId})
WITH r, coalesce(se, sv) AS s
CALL (r, s) {
  MATCH (s)-[e]->()
  WHERE e.id = r.id
  DELETE e
}
DETACH DELETE r
