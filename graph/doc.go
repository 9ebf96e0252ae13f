// Package graph holds geokg's domain: the articles analysts feed in, the
// entities, events and relations extracted from them, the provenance that ties
// every statement to the sentence that made it, and the Store contract that
// every backend implements.
//
// The package is plain Go on the standard library. It knows nothing of SQL,
// Cypher or GraphQL; backends live in sub-packages named after what they wrap
// (graph/sqlite, graph/neo4j) and the contract suite that all of them pass is
// graph/graphtest.
//
// The graph records what sources report, not what is true. An entity, event or
// relation exists because at least one article stated it; each article's
// statement is kept separately (a Mention, an EventReport, a Claim), so two
// articles that disagree both stay visible and an article can be replaced or
// removed without disturbing what others said.
package graph
