package graph

// Stats counts what a store holds.
type Stats struct {
	Articles  int
	Entities  int
	Events    int
	Relations int
	Claims    int
	Mentions  int
	Merges    int // active ones
	// Per-type counts of nodes and edges.
	EntityTypes   map[EntityType]int
	EventTypes    map[EventType]int
	RelationTypes map[RelationType]int
}
