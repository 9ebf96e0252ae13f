// The digest each relation keeps of its claims (graph.RelationDigest),
// which a write folds its new claims into, and whether the node holds a
// summary at all: one imported with neo4j-admin has a summary but no
// digest. A relation new to the database gets its node here, bare, so that
// two writes stating it for the first time meet on one node; the node's
// write lock is taken before the digest is read (see entity_digests).
UNWIND $ids AS id
MERGE (r:Relation {id: id})
SET r.writeLock = true
REMOVE r.writeLock
RETURN id, r.digest AS digest, r.articles IS NOT NULL AS summarised
