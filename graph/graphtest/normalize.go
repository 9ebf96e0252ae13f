package graphtest

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// Normalize returns a copy of g with what a store may legitimately change
// on a round trip cleared: the article's LoadedAt, the read-only Articles
// counts, and the difference between nil and empty slices. Two graphs that state the same things normalise to
// values reflect.DeepEqual accepts, so a test can compare what was put with
// what ArticleGraph returns, or a graph copied from one store to another.
func Normalize(g graph.ArticleGraph) graph.ArticleGraph {
	out := graph.ArticleGraph{Article: g.Article}
	out.Article.LoadedAt = time.Time{}
	for _, r := range g.Entities {
		r.Entity.Articles = 0
		r.Entity.Aliases = nonEmpty(r.Entity.Aliases)
		r.Mentions = nonEmpty(r.Mentions)
		out.Entities = append(out.Entities, r)
	}
	for _, r := range g.Events {
		r.Event.Articles = 0
		r.Event.ParticipantIDs = nonEmpty(r.Event.ParticipantIDs)
		r.Event.Killed = copyCount(r.Event.Killed)
		r.Event.Injured = copyCount(r.Event.Injured)
		r.Evidence = nonEmpty(r.Evidence)
		out.Events = append(out.Events, r)
	}
	for _, c := range g.Claims {
		c.Relation.Articles = 0
		out.Claims = append(out.Claims, c)
	}
	for _, m := range g.Merges {
		m.Names = nonEmpty(m.Names)
		out.Merges = append(out.Merges, m)
	}
	return out
}

func nonEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append([]T(nil), s...)
}
