// Package neo4j is geokg's production store: a graph.Store on Neo4j 5
// through the official Go driver (github.com/neo4j/neo4j-go-driver/v5).
//
// It keeps what the SQLite store keeps, in a shape that reads naturally in
// Neo4j Browser. Each article's statements stay as the article made them,
// under the ids its extractor gave: (:Article)-[:MENTIONS]->(:Entity:Person)
// and (:Article)-[:REPORTS]->(:Event:Attack) relationships carry one
// article's names, mentions and account of an event, and a (:Claim) node
// linked -[:STATED_IN]-> to its article carries each statement of a
// relation. The nodes those statements point at, and typed relationships
// such as (:Person)-[:MET_WITH]->(:Person), are derived from them by the
// rules of graph.Summarize* in the transaction that changes them, following
// active merges, so a merge can be undone exactly. Each derived node keeps a
// digest of its statements that writes fold their new statements into, so a
// node named by thousands of articles is not read whole by every write.
// docs/neo4j.md draws the shape.
//
// Every statement is a .cypher file under cypher/, embedded, with one Go
// function building its parameters; nothing is ever built from input.
// Writes run as managed transactions the driver retries, so every unit of
// work is idempotent (MERGE on deterministic ids) and batched with UNWIND.
// Reads run through ExecuteQuery routed to readers, after the bookmarks of
// this process's writes.
//
// The package knows nothing of GraphQL, SQLite or the loader.
package neo4j
