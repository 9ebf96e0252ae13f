// Every article's report of each entity, for graph.SummarizeEntity: the
// names the article used and its mention texts.
UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
RETURN id, a.id AS articleId, m.ord AS ord, m.statedId AS statedId, m.type AS type, m.name AS name,
       m.aliases AS aliases, m.kind AS kind, m.code AS code, m.texts AS texts
