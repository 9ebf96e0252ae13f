// Relations by id.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN properties(r) AS relation
