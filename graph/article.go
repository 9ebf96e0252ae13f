package graph

import "time"

// Article is one news text as it was fed to geokg. Its ID is derived from its
// URL, or from the id its feed gave it, or else from its content, so loading
// the same article twice names the same node.
type Article struct {
	ID        string
	Title     string
	URL       string
	Published string // YYYY-MM-DD, the day it was reported; "" when unknown
	Text      string // body the offsets of every Evidence refer to
	Source    string // where it was read from: a path, "stdin", a path:line
	// Fingerprint changes when the article's text or metadata changes or when a
	// different extractor read it; an unchanged fingerprint means a reload has
	// nothing to do.
	Fingerprint string
	LoadedAt    time.Time // set by the store on write
}

// ArticleGraph is everything extracted from one article: the unit a store
// writes atomically. IDs inside it are the extractor's deterministic ids;
// stores follow recorded merges when they write it.
type ArticleGraph struct {
	Article  Article
	Entities []EntityReport
	Events   []EventReport
	Claims   []Claim
	// Merges decided while resolving this article against the store; a store
	// applies them in the same transaction as the article.
	Merges []Merge
}

// ArticleFilter selects articles, newest first by publication date, then id.
type ArticleFilter struct {
	// MentioningID keeps articles that mention this entity or report this event.
	MentioningID string
	Page
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Articles []Article
	PageInfo
}
