// Points an article's mentions at the node their id now resolves to.
// Relationships cannot change ends, so each is recreated with the same
// properties and the old one deleted.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})-[m:MENTIONS {statedId: row.statedId}]->(:Entity {id: row.fromId})
MERGE (to:Entity {id: row.toId})
CREATE (a)-[moved:MENTIONS]->(to)
SET moved = properties(m)
DELETE m
