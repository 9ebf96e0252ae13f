package server

import (
	"context"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/model"
)

// The domain writes "unknown" as a zero value; the API writes it as null.

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonZeroTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func eventDate(d graph.Date) *model.EventDate {
	if d.IsZero() {
		return nil
	}
	return &model.EventDate{
		Day:       nonEmpty(d.Day()),
		Start:     d.Start,
		End:       d.End,
		Precision: d.Precision,
		Phrase:    nonEmpty(d.Phrase),
	}
}

func casualties(c *graph.Count) *model.Casualties {
	if c == nil {
		return nil
	}
	out := &model.Casualties{
		Qualifier:  nonEmpty(c.Qualifier),
		LowerBound: c.Min,
		Vague:      c.Vague,
		Text:       c.Text,
	}
	if n, ok := c.Number(); ok {
		out.Number = &n
	}
	return out
}

// isEntityID reports whether id has the form of an entity id.
func isEntityID(id string) bool { return graph.EntityType(graph.IDType(id)).Valid() }

// checkID refuses an id that cannot name what a field looks up, so that
// `entity(id: "event:…")` is a mistake the client hears about rather than an
// empty answer.
func checkID(id, kind string, ok bool) error {
	if !ok {
		return fmt.Errorf("%q is not %s id: %w", id, kind, graph.ErrInvalid)
	}
	return nil
}

// entity loads an entity through the operation's loader; nil when absent.
func entity(ctx context.Context, id string) (*graph.Entity, error) {
	if id == "" {
		return nil, nil
	}
	return load(ctx, loadersFrom(ctx).entities, id)
}

func entities(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	out := make([]*graph.Entity, 0, len(ids))
	thunks := make([]func() (graph.Entity, error), len(ids))
	l := loadersFrom(ctx).entities
	for i, id := range ids {
		thunks[i] = l.LoadThunk(ctx, id)
	}
	for i, thunk := range thunks {
		e, err := thunk()
		if err != nil {
			if isMissing(err) {
				continue // a participant since deleted is not an error of this event
			}
			return nil, fmt.Errorf("entity %s: %w", ids[i], err)
		}
		out = append(out, &e)
	}
	return out, nil
}

// node loads an entity or an event by id; nil when absent or when the id
// names neither.
func node(ctx context.Context, id string) (model.Node, error) {
	l := loadersFrom(ctx)
	switch {
	case isEntityID(id):
		if e, err := load(ctx, l.entities, id); e != nil || err != nil {
			return e, err
		}
	case graph.IDType(id) == "Event":
		if e, err := load(ctx, l.events, id); e != nil || err != nil {
			return e, err
		}
	}
	return nil, nil
}

func article(ctx context.Context, id string) (*graph.Article, error) {
	if id == "" {
		return nil, nil
	}
	return load(ctx, loadersFrom(ctx).articles, id)
}
