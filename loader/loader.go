// Package loader turns news articles into graph values and writes them to a
// graph.Store: reading inputs (txt, md, html, json, jsonl, stdin, folders),
// extracting each article with an Extractor, resolving what it names against
// what the store already knows, and writing in batches.
//
// Extraction itself lives in loader/extract and is pure: text in, graph
// values out. Nothing here downloads anything; gazetteers and lexicons are
// compiled into the binary.
package loader

import (
	"context"

	"github.com/geokg/geokg/graph"
)

// Extractor reads one article and returns what it states. Implementations
// must be safe for concurrent use and deterministic: the same article and
// extractor version give the same graph, byte for byte.
type Extractor interface {
	// Extract returns the article's graph. The article's ID, Published and
	// Text are set; the returned graph carries the article unchanged except
	// for its Fingerprint, which the loader sets.
	Extract(ctx context.Context, a graph.Article) (graph.ArticleGraph, error)
	// Version names the extractor and its rules; it is part of every
	// article's fingerprint, so a new extractor re-reads old articles.
	Version() string
}
