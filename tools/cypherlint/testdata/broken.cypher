// A statement with one mistake of each kind the linter must catch: a
// variable used out of scope, an unknown function, a misspelt property key,
// and a syntax error on the last line.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WITH a
RETURN row.title, toUpperCaseX(a.title), a.fingerprnt
MATCH (
