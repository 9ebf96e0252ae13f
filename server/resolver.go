package server

import "github.com/geokg/geokg/graph"

// Resolver is the root of the generated resolver tree. It holds only the
// store: everything a request needs beyond it (the dataloaders) travels in
// the request's context, so one Resolver serves every request.
type Resolver struct {
	store graph.Store
}
