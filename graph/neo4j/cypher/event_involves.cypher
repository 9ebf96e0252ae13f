// Links each event to its place, perpetrator and participants (resolved
// ids), replacing the links it had. Run after every node of the transaction
// is written, since an event may involve another event.
UNWIND $rows AS row
MATCH (v:Event {id: row.id})
CALL (v) {
  MATCH (v)-[i:INVOLVES]->()
  DELETE i
}
CALL (v, row) {
  UNWIND row.involves AS member
  OPTIONAL MATCH (e:Entity {id: member.id})
  OPTIONAL MATCH (w:Event {id: member.id})
  WITH v, member, coalesce(e, w) AS n
  WHERE n IS NOT NULL
  MERGE (v)-[:INVOLVES {role: member.role}]->(n)
}
