// A first look: the 150 most reported relations between actors and
// events, with their ends, as a graph.
MATCH (rel:Relation)
WITH rel ORDER BY rel.articles DESC LIMIT 150
OPTIONAL MATCH (se:Entity {id: rel.sourceId})
OPTIONAL MATCH (sv:Event {id: rel.sourceId})
WITH rel, coalesce(se, sv) AS a
MATCH (a)-[r]->(b)
WHERE r.id = rel.id
RETURN a, r, b
