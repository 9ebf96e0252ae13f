// The digest each entity keeps of its reports (graph.EntityDigest), which a
// write folds its new reports into, and whether the node holds a summary at
// all: one this write created has neither, one imported with neo4j-admin a
// summary but no digest. Entities with no node return no row. Setting a
// property takes the node's write lock, held to commit, before the digest
// is read: two writes that add to one node fold in turn, and neither
// writes back a digest that lacks what the other added.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.writeLock = true
REMOVE e.writeLock
RETURN id, e.digest AS digest, e.articles IS NOT NULL AS summarised
