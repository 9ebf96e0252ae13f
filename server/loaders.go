package server

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/geokg/geokg/graph"
)

// loaders batch and cache the store reads of one GraphQL operation. Each
// GraphQL level that needs a node, or a page of children, for many parents
// asks its loader once per parent; the loader waits a moment, then makes one
// batch-shaped store call for all of them. They are built per operation
// because their caches must not outlive it: a later request must see later
// writes.
type loaders struct {
	entities  *dataloadgen.Loader[string, graph.Entity]
	events    *dataloadgen.Loader[string, graph.Event]
	articles  *dataloadgen.Loader[string, graph.Article]
	relations *dataloadgen.Loader[string, graph.Relation]

	relationsOf      *dataloadgen.Loader[argKey[relationArgs], graph.RelationPage]
	eventsInvolving  *dataloadgen.Loader[argKey[eventArgs], graph.EventPage]
	mentions         *dataloadgen.Loader[argKey[graph.Page], graph.MentionPage]
	eventReports     *dataloadgen.Loader[argKey[graph.Page], graph.EventReportPage]
	claims           *dataloadgen.Loader[argKey[graph.Page], graph.ClaimPage]
	articlesOf       *dataloadgen.Loader[argKey[graph.Page], graph.ArticlePage] // of entities, events and relations alike
	articleEvents    *dataloadgen.Loader[argKey[graph.Page], graph.EventPage]
	articleRelations *dataloadgen.Loader[argKey[graph.Page], graph.RelationPage]
}

// maxBatch keeps one store call within the page size every backend honours.
const maxBatch = graph.MaxPageSize

func newLoaders(s graph.Store, wait time.Duration) *loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(maxBatch)}
	return &loaders{
		entities:  dataloadgen.NewMappedLoader(s.Entities, opts...),
		events:    dataloadgen.NewMappedLoader(s.Events, opts...),
		articles:  dataloadgen.NewMappedLoader(s.Articles, opts...),
		relations: dataloadgen.NewMappedLoader(s.Relations, opts...),

		relationsOf: dataloadgen.NewMappedLoader(groupByArgs(func(ctx context.Context, ids []string, a relationArgs) (map[string]graph.RelationPage, error) {
			return s.RelationsOf(ctx, ids, a.filter())
		}), opts...),
		eventsInvolving: dataloadgen.NewMappedLoader(groupByArgs(func(ctx context.Context, ids []string, a eventArgs) (map[string]graph.EventPage, error) {
			return s.EventsInvolving(ctx, ids, a.filter())
		}), opts...),
		mentions:     dataloadgen.NewMappedLoader(groupByArgs(s.Mentions), opts...),
		eventReports: dataloadgen.NewMappedLoader(groupByArgs(s.EventReports), opts...),
		claims:       dataloadgen.NewMappedLoader(groupByArgs(s.Claims), opts...),
		articlesOf:   dataloadgen.NewMappedLoader(groupByArgs(s.ArticlesOf), opts...),
		articleEvents: dataloadgen.NewMappedLoader(groupByArgs(func(ctx context.Context, ids []string, p graph.Page) (map[string]graph.EventPage, error) {
			return s.EventsInArticles(ctx, ids, graph.EventFilter{Page: p})
		}), opts...),
		articleRelations: dataloadgen.NewMappedLoader(groupByArgs(func(ctx context.Context, ids []string, p graph.Page) (map[string]graph.RelationPage, error) {
			return s.RelationsInArticles(ctx, ids, graph.RelationFilter{Page: p})
		}), opts...),
	}
}

type loadersKey struct{}

func withLoaders(ctx context.Context, s graph.Store, wait time.Duration) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(s, wait))
}

// loadersFrom returns the operation's loaders. Every operation gets them
// (newGraphQL installs them around each one), so their absence is a bug.
func loadersFrom(ctx context.Context) *loaders {
	l, ok := ctx.Value(loadersKey{}).(*loaders)
	if !ok {
		panic("server: no dataloaders in the operation's context")
	}
	return l
}

// load returns the value a by-id loader holds for key, or nil when the store
// has nothing under that id.
func load[V any](ctx context.Context, l *dataloadgen.Loader[string, V], id string) (*V, error) {
	v, err := l.Load(ctx, id)
	if isMissing(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// isMissing reports whether a by-id loader found nothing under the id.
func isMissing(err error) bool { return errors.Is(err, dataloadgen.ErrNotFound) }

// argKey names one parent's page of children: the parent's id and the
// arguments the connection field was given. Keys with equal args are fetched
// together.
type argKey[A comparable] struct {
	id   string
	args A
}

// groupByArgs turns a batch-shaped store read into a loader fetch. The
// parents of one GraphQL level share the field's arguments, so a level costs
// one store call; distinct arguments (aliases asking for different pages)
// cost one call each. A parent the store returns nothing for gets an empty
// page.
func groupByArgs[A comparable, P any](call func(ctx context.Context, ids []string, args A) (map[string]P, error)) func(context.Context, []argKey[A]) (map[argKey[A]]P, error) {
	return func(ctx context.Context, keys []argKey[A]) (map[argKey[A]]P, error) {
		var order []A
		ids := make(map[A][]string)
		for _, k := range keys {
			if _, seen := ids[k.args]; !seen {
				order = append(order, k.args)
			}
			ids[k.args] = append(ids[k.args], k.id)
		}
		out := make(map[argKey[A]]P, len(keys))
		failed := make(dataloadgen.MappedFetchError[argKey[A]])
		for _, a := range order {
			pages, err := call(ctx, ids[a], a)
			for _, id := range ids[a] {
				k := argKey[A]{id: id, args: a}
				if err != nil {
					failed[k] = err
					continue
				}
				out[k] = pages[id]
			}
		}
		if len(failed) > 0 {
			return out, failed
		}
		return out, nil
	}
}

// relationArgs are the arguments of a relations connection on a node, in a
// comparable form so they can be part of a loader key.
type relationArgs struct {
	direction  graph.Direction
	types      string // joined with commas; enum values hold none
	modalities string
	page       graph.Page
}

func (a relationArgs) filter() graph.RelationFilter {
	return graph.RelationFilter{
		Direction:  a.direction,
		Types:      split[graph.RelationType](a.types),
		Modalities: split[graph.Modality](a.modalities),
		Page:       a.page,
	}
}

// eventArgs are the arguments of an events connection on an entity.
type eventArgs struct {
	types    string
	from, to string
	newest   bool
	page     graph.Page
}

func (a eventArgs) filter() graph.EventFilter {
	return graph.EventFilter{
		Types:  split[graph.EventType](a.types),
		From:   a.from,
		To:     a.to,
		Newest: a.newest,
		Page:   a.page,
	}
}

func join[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ",")
}

func split[T ~string](s string) []T {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := make([]T, len(parts))
	for i, p := range parts {
		out[i] = T(p)
	}
	return out
}
