package neo4j

// The statements that spell out every entity type, event type and relation
// type, and the schema tools/cypherlint checks names against, are rendered
// from the type lists in package graph.
//go:generate go run ./internal/cyphergen/gen -out cypher
