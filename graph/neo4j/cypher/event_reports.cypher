// Every article's report of each event, for graph.EventDigest. The node's
// write lock is taken first (see entity_reports).
UNWIND $ids AS id
MATCH (v:Event {id: id})
SET v.writeLock = true
REMOVE v.writeLock
WITH id, v
MATCH (a:Article)-[r:REPORTS]->(v)
RETURN id, a.id AS articleId, properties(r) AS report
