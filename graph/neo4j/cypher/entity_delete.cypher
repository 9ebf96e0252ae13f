// Deletes entities no article reports any more.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e
