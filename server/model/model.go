// Package model holds the GraphQL shapes that geokg's domain types do not
// have: Relay connections and edges, per-type counts, and the Date scalar.
// Everything else the schema names binds to package graph directly.
package model

import (
	"github.com/geokg/geokg/graph"
)

// Connection is one page of a list in the Relay connection shape.
type Connection[T any] struct {
	Edges      []Edge[T]
	PageInfo   PageInfo
	TotalCount int
}

// Edge is one item of a connection with the cursor just after it.
type Edge[T any] struct {
	Cursor string
	Node   T
}

// PageInfo says where a page starts and ends and whether more follows.
type PageInfo struct {
	StartCursor     *string
	EndCursor       *string
	HasNextPage     bool
	HasPreviousPage bool
}

// The connections and edges of the schema, one per listed noun.
type (
	EntityConnection      = Connection[graph.Entity]
	EntityEdge            = Edge[graph.Entity]
	EventConnection       = Connection[graph.Event]
	EventEdge             = Edge[graph.Event]
	RelationConnection    = Connection[graph.Relation]
	RelationEdge          = Edge[graph.Relation]
	ArticleConnection     = Connection[graph.Article]
	ArticleEdge           = Edge[graph.Article]
	MentionConnection     = Connection[graph.Mention]
	MentionEdge           = Edge[graph.Mention]
	EventReportConnection = Connection[graph.EventReport]
	EventReportEdge       = Edge[graph.EventReport]
	ClaimConnection       = Connection[graph.Claim]
	ClaimEdge             = Edge[graph.Claim]
	MergeConnection       = Connection[graph.Merge]
	MergeEdge             = Edge[graph.Merge]
)

// Node is an entity or an event: a *graph.Entity or a *graph.Event. The
// domain types carry no marker method, so the interface is empty and the
// generated code tells the two apart by type.
type Node interface{}
