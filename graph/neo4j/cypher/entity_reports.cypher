// Every article's report of each entity, for graph.EntityDigest: the names
// the article used and its mention texts. The node's write lock is taken
// first, so that a write adding to it meanwhile either commits before the
// reports are read or folds into what this write makes of them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.writeLock = true
REMOVE e.writeLock
WITH id, e
MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN id, a.id AS articleId, m.ord AS ord, m.statedId AS statedId, m.type AS type, m.name AS name,
       m.aliases AS aliases, m.kind AS kind, m.code AS code, m.texts AS texts
