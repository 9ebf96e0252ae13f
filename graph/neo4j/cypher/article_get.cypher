// Articles by id.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN properties(a) AS article
