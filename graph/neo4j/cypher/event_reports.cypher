// Every article's report of each event, for graph.SummarizeEvent.
UNWIND $ids AS id
MATCH (a:Article)-[r:REPORTS]->(:Event {id: id})
RETURN id, a.id AS articleId, properties(r) AS report
