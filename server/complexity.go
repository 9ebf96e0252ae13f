package server

import (
	"math"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/exec"
	"github.com/geokg/geokg/server/model"
)

// setComplexity prices every connection by what it can return: 1 for the
// field plus `first` times the cost of one edge. Nested connections
// multiply, so {entities(first:100){relations(first:100){…}}} costs ten
// thousand times an edge and a limit can refuse it before it runs.
func setComplexity(c *exec.ComplexityRoot) {
	page := func(child int, first *int, _ *string) int { return pageCost(child, first) }
	relations := func(child int, _ *graph.Direction, _ []graph.RelationType, _ []graph.Modality, first *int, after *string) int {
		return page(child, first, after)
	}

	c.Query.SearchEntities = func(child int, _ *string, _ []graph.EntityType, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Query.Events = func(child int, _ *graph.EventFilter, _ *model.EventOrder, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Query.Relations = func(child int, _ *graph.RelationFilter, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Query.Articles = func(child int, _ *string, first *int, after *string) int { return page(child, first, after) }
	c.Query.Merges = func(child int, _ *string, _ *bool, first *int, after *string) int { return page(child, first, after) }

	c.Entity.Relations = relations
	c.Entity.Events = func(child int, _ []graph.EventType, _, _ *string, _ *model.EventOrder, first *int, after *string) int {
		return page(child, first, after)
	}
	c.Entity.Mentions = page
	c.Entity.Articles = page

	c.Event.Relations = relations
	c.Event.Reports = page
	c.Event.Articles = page

	c.Relation.Claims = page
	c.Relation.Articles = page

	c.Article.Events = page
	c.Article.Relations = page
}

// pageCost is 1 + first × child, saturating instead of overflowing. first
// takes its schema default when absent and is clamped to what a page can
// hold; an out-of-range first is refused by the resolver anyway.
func pageCost(child int, first *int) int {
	n := graph.DefaultPageSize
	if first != nil {
		n = min(max(*first, 1), graph.MaxPageSize)
	}
	child = max(child, 1)
	if child > (math.MaxInt-1)/n {
		return math.MaxInt
	}
	return 1 + n*child
}
