package server

import (
	"fmt"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/model"
)

// pageArgs reads a connection's first and after into the window to return
// and the store page to ask for.
func pageArgs(first *int, after *string) (window, graph.Page, error) {
	w, err := newWindow(first, after)
	if err != nil {
		return window{}, graph.Page{}, err
	}
	p, err := w.storePage()
	return w, p, err
}

// found turns a by-id load into a root field's answer: NOT_FOUND when the
// store has nothing under id.
func found[T any](v *T, err error, kind, id string) (*T, error) {
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, id, err)
	}
	if v == nil {
		return nil, fmt.Errorf("no %s has id %q: %w", kind, id, graph.ErrNotFound)
	}
	return v, nil
}

// isNodeID reports whether id has the form of an entity or event id.
func isNodeID(id string) bool { return isEntityID(id) || graph.IDType(id) == "Event" }

func newestFirst(order *model.EventOrder) bool {
	return order != nil && *order == model.EventOrderDateDesc
}

func checkEventFilter(f graph.EventFilter) error {
	for _, id := range f.Involving {
		if err := checkID(id, "an entity", isEntityID(id)); err != nil {
			return fmt.Errorf("involving: %w", err)
		}
	}
	if f.ArticleID != "" {
		if err := checkID(f.ArticleID, "an article", graph.IDType(f.ArticleID) == "Article"); err != nil {
			return fmt.Errorf("articleId: %w", err)
		}
	}
	return checkRange(f.From, f.To)
}

func checkRelationFilter(f graph.RelationFilter) error {
	if f.NodeID != "" {
		if err := checkID(f.NodeID, "an entity or event", isNodeID(f.NodeID)); err != nil {
			return fmt.Errorf("nodeId: %w", err)
		}
	}
	if f.ArticleID != "" {
		if err := checkID(f.ArticleID, "an article", graph.IDType(f.ArticleID) == "Article"); err != nil {
			return fmt.Errorf("articleId: %w", err)
		}
	}
	return nil
}

// checkRange refuses a date range that ends before it starts: it can match
// nothing, and is almost always from and to swapped.
func checkRange(from, to string) error {
	if from != "" && to != "" && to < from {
		return fmt.Errorf("to %s is before from %s: %w", to, from, graph.ErrInvalid)
	}
	return nil
}
