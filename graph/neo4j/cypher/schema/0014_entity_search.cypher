// Folded names and aliases (graph.SearchKey). The analyzer keeps
// stop words: "the" can be part of a name.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}
