// Points an article's event reports at the node their id now resolves to.
// Relationships cannot change ends, so each is recreated with the same
// properties and the old one deleted.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})-[r:REPORTS {statedId: row.statedId}]->(:Event {id: row.fromId})
MERGE (to:Event {id: row.toId})
CREATE (a)-[moved:REPORTS]->(to)
SET moved = properties(r)
DELETE r
