// Deletes events no article reports any more.
UNWIND $ids AS id
MATCH (v:Event {id: id})
DETACH DELETE v
