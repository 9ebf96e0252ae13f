package graph

import "time"

// Merge records that two ids name the same real thing: "Putin" in one
// article and "Vladimir Putin" in another, or two reports of one strike. The
// store keeps every statement under the id the extractor gave it and follows
// active merges when it reads, so a wrong merge can be undone exactly.
type Merge struct {
	ID        string   // MergeID(FromID, IntoID)
	FromID    string   // the id that stops being a node of its own
	IntoID    string   // the id that absorbs it
	Names     []string // the names or titles that were compared
	Rule      string   // the rule that decided, e.g. "surname", "same-event"
	ArticleID string   // the article whose loading decided it; "" when manual
	CreatedAt time.Time
	UndoneAt  time.Time // zero while the merge is active
}

// Active reports whether the merge is in effect.
func (m Merge) Active() bool { return m.UndoneAt.IsZero() }

// MergeFilter selects merges, newest first (by CreatedAt, then id).
type MergeFilter struct {
	NodeID        string // merges into or from this id; "" for all
	IncludeUndone bool
	Page
}

// MergePage is one page of merges.
type MergePage struct {
	Merges []Merge
	PageInfo
}
