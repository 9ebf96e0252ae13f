package graph

import (
	"context"
	"fmt"
)

// PutStatus says what a write did with one article.
type PutStatus string

// Put statuses.
const (
	Added     PutStatus = "added"     // the article was new
	Unchanged PutStatus = "unchanged" // same fingerprint: nothing was written
	Updated   PutStatus = "updated"   // the article changed: its statements were replaced
)

// PutResult reports the write of one ArticleGraph.
type PutResult struct {
	ArticleID string
	Status    PutStatus
}

// Store is the graph's storage contract. Every backend passes the same suite
// (graph/graphtest), so callers never need to know which one they hold.
//
// All methods are safe for concurrent use. Reads follow active merges: asking
// for a merged-away id returns the node it was merged into. Batch reads return
// maps keyed by the ids asked for; ids that name nothing are absent, never an
// error, and an id that names a node with nothing to list maps to an empty
// page. Methods return errors wrapping the kinds in errors.go: ErrInvalid for
// input that breaks the model (including unreadable cursors), ErrNotFound for
// single lookups and for deleting or undoing what is not there, ErrConflict
// for merges that contradict the store, ErrUnavailable and ErrUnauthorized
// from the backend's connection.
type Store interface {
	// PutArticles writes article graphs in one transaction: all land or none
	// do. An article seen before with the same fingerprint is Unchanged and
	// nothing is written for it; one with a new fingerprint replaces
	// everything it stated before. Repeating a call changes nothing.
	// Each graph is checked with ValidateArticleGraph first; an invalid one
	// fails the whole batch with ErrInvalid naming the article.
	PutArticles(ctx context.Context, graphs []ArticleGraph) ([]PutResult, error)

	// DeleteArticle removes an article and every mention, report and claim it
	// made; nodes and relations no other article states go with it.
	// ErrNotFound when there is no such article.
	DeleteArticle(ctx context.Context, id string) error

	// Articles returns articles by id.
	Articles(ctx context.Context, ids []string) (map[string]Article, error)
	// FindArticles pages through articles, newest published first.
	FindArticles(ctx context.Context, f ArticleFilter) (ArticlePage, error)
	// ArticlesOf pages through, for each id, the articles that state
	// something of it, ordered as FindArticles: those that mention an
	// entity, report an event or state a relation. Entity and event ids
	// follow merges, and a relation id the merges of its ends, as Entities,
	// Events and Relations do.
	ArticlesOf(ctx context.Context, ids []string, p Page) (map[string]ArticlePage, error)
	// ArticleGraph returns what one article stated, under the ids its
	// extractor gave (merges not applied, Merges empty): what PutArticles
	// would need to write it again elsewhere. ErrNotFound when absent.
	ArticleGraph(ctx context.Context, id string) (ArticleGraph, error)

	// Entities returns entities by id.
	Entities(ctx context.Context, ids []string) (map[string]Entity, error)
	// SearchEntities finds entities by name or alias (full-text, prefix
	// matching on the last word), best match first; with an empty query, the
	// most mentioned first.
	SearchEntities(ctx context.Context, q EntitySearch) (EntityPage, error)
	// Mentions pages through the mentions of each entity, newest article first.
	Mentions(ctx context.Context, entityIDs []string, p Page) (map[string]MentionPage, error)

	// Events returns events by id.
	Events(ctx context.Context, ids []string) (map[string]Event, error)
	// FindEvents pages through events by date (see EventFilter.Newest), then id.
	FindEvents(ctx context.Context, f EventFilter) (EventPage, error)
	// EventsInvolving pages through, for each entity id, the events it took
	// part in, perpetrated or hosted, filtered and ordered as FindEvents
	// (f.Involving is ignored).
	EventsInvolving(ctx context.Context, entityIDs []string, f EventFilter) (map[string]EventPage, error)
	// EventsInArticles pages through, for each article id, the events the
	// article reports, filtered and ordered as FindEvents (f.ArticleID is
	// ignored).
	EventsInArticles(ctx context.Context, articleIDs []string, f EventFilter) (map[string]EventPage, error)
	// EventReports pages through each event's per-article reports, newest
	// article first. A report reads as part of the event it now belongs to:
	// its event, place and actor ids follow merges.
	EventReports(ctx context.Context, eventIDs []string, p Page) (map[string]EventReportPage, error)

	// Relations returns relations by id.
	Relations(ctx context.Context, ids []string) (map[string]Relation, error)
	// FindRelations pages through relations, most reported first, then id.
	FindRelations(ctx context.Context, f RelationFilter) (RelationPage, error)
	// RelationsOf pages through, for each node id, the relations touching it,
	// filtered and ordered as FindRelations (f.NodeID is ignored).
	RelationsOf(ctx context.Context, nodeIDs []string, f RelationFilter) (map[string]RelationPage, error)
	// RelationsInArticles pages through, for each article id, the
	// relations the article states, filtered and ordered as FindRelations
	// (f.ArticleID is ignored).
	RelationsInArticles(ctx context.Context, articleIDs []string, f RelationFilter) (map[string]RelationPage, error)
	// Claims pages through each relation's claims, newest article first. A
	// claim reads as the relation it now supports: its ends, id and speaker
	// follow merges (ArticleGraph gives them as stated).
	Claims(ctx context.Context, relationIDs []string, p Page) (map[string]ClaimPage, error)

	// ApplyMerge records m and makes FromID read as IntoID from now on,
	// including for articles written later. ErrInvalid when an id is empty or
	// the two are of different kinds; ErrConflict when FromID equals IntoID
	// after following merges. Applying an active merge again changes nothing.
	ApplyMerge(ctx context.Context, m Merge) error
	// UndoMerge ends a merge: FromID becomes a node of its own again with
	// exactly the statements made under it. ErrNotFound when no such merge,
	// ErrConflict when already undone.
	UndoMerge(ctx context.Context, id string) error
	// Merges pages through merges, newest first (AllMerges reads every
	// page).
	Merges(ctx context.Context, f MergeFilter) (MergePage, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Close releases the store's resources. Calls after Close fail.
	Close() error
}

// MentionPage is one page of mentions.
type MentionPage struct {
	Mentions []Mention
	PageInfo
}

// EventReportPage is one page of event reports.
type EventReportPage struct {
	Reports []EventReport
	PageInfo
}

// ClaimPage is one page of claims.
type ClaimPage struct {
	Claims []Claim
	PageInfo
}

// GetEntity returns one entity, or ErrNotFound.
func GetEntity(ctx context.Context, s Store, id string) (Entity, error) {
	return getOne(ctx, "entity", id, s.Entities)
}

// GetEvent returns one event, or ErrNotFound.
func GetEvent(ctx context.Context, s Store, id string) (Event, error) {
	return getOne(ctx, "event", id, s.Events)
}

// getOne asks a batch read for one id; an absent id is ErrNotFound.
func getOne[T any](ctx context.Context, what, id string, batch func(context.Context, []string) (map[string]T, error)) (T, error) {
	var zero T
	m, err := batch(ctx, []string{id})
	if err != nil {
		return zero, err
	}
	v, ok := m[id]
	if !ok {
		return zero, fmt.Errorf("%s %q: %w", what, id, ErrNotFound)
	}
	return v, nil
}

// AllMerges returns every merge f selects, newest first, reading page
// after page; f.Page is ignored.
func AllMerges(ctx context.Context, s Store, f MergeFilter) ([]Merge, error) {
	f.Page = Page{First: MaxPageSize}
	var out []Merge
	for {
		p, err := s.Merges(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, p.Merges...)
		if !p.HasNextPage || p.EndCursor == "" {
			return out, nil
		}
		f.Page.After = p.EndCursor
	}
}

// GetArticle returns one article, or ErrNotFound.
func GetArticle(ctx context.Context, s Store, id string) (Article, error) {
	return getOne(ctx, "article", id, s.Articles)
}
