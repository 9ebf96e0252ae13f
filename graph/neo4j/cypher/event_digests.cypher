// The digest each event keeps of its reports (graph.EventDigest), which a
// write folds its new reports into, and whether the node holds a summary at
// all: one this write created has neither, one imported with neo4j-admin a
// summary but no digest. Events with no node return no row. The node's
// write lock is taken before the digest is read (see entity_digests).
UNWIND $ids AS id
MATCH (v:Event {id: id})
SET v.writeLock = true
REMOVE v.writeLock
RETURN id, v.digest AS digest, v.articles IS NOT NULL AS summarised
