// Events by id.
UNWIND $ids AS id
MATCH (v:Event {id: id})
RETURN properties(v) AS event
