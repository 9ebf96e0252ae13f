package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/sqlite"
)

// defaultStore is where the embedded store lives when nothing says otherwise.
const defaultStore = "geokg.db"

// storeKind is a backend a store URI selects.
type storeKind string

const (
	kindSQLite storeKind = "sqlite"
	kindNeo4j  storeKind = "neo4j"
)

// neo4jSchemes are the URI schemes of the Neo4j driver.
var neo4jSchemes = map[string]bool{
	"neo4j": true, "neo4j+s": true, "neo4j+ssc": true,
	"bolt": true, "bolt+s": true, "bolt+ssc": true,
}

// parseStore reads a store URI: "" for ./geokg.db; "sqlite:PATH",
// "file:PATH" or a plain path for SQLite; a neo4j://, neo4j+s://, bolt://…
// URI for Neo4j. target is the SQLite path or the whole Neo4j URI.
func parseStore(uri string) (kind storeKind, target string, err error) {
	uri = strings.TrimSpace(uri)
	if uri == "" {
		return kindSQLite, defaultStore, nil
	}
	for _, prefix := range []string{"sqlite:", "file:"} {
		if rest, ok := strings.CutPrefix(uri, prefix); ok {
			// sqlite:///var/lib/geokg.db is the URL form of /var/lib/geokg.db.
			if strings.HasPrefix(rest, "///") {
				rest = rest[2:]
			}
			if rest == "" {
				return "", "", fmt.Errorf("store %q names no file", uri)
			}
			return kindSQLite, rest, nil
		}
	}
	if scheme, _, ok := strings.Cut(uri, "://"); ok && isScheme(scheme) {
		if neo4jSchemes[strings.ToLower(scheme)] {
			return kindNeo4j, uri, nil
		}
		return "", "", fmt.Errorf("store %q: unknown scheme %q (want a file path, sqlite:PATH, neo4j:// or bolt://)", redact(uri), scheme)
	}
	return kindSQLite, uri, nil
}

// isScheme reports whether s has the form of a URI scheme, so that a path
// such as "./data://x" is not taken for one.
func isScheme(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// openStore opens the store the --store flag (or $GEOKG_STORE) names, logging
// to the command's logger.
func (f *flagSet) openStore(ctx context.Context) (graph.Store, error) {
	kind, target, err := parseStore(f.store)
	if err != nil {
		return nil, f.usageErr("%v", err)
	}
	switch kind {
	case kindNeo4j:
		return f.m.openNeo4j(ctx, target)
	default:
		log := f.log
		if log == nil {
			log = slog.New(slog.DiscardHandler)
		}
		s, err := sqlite.Open(ctx, target, sqlite.WithLogger(log))
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", target, err)
		}
		return s, nil
	}
}

// openNeo4j opens the Neo4j store at uri with credentials from the
// environment (NEO4J_USER, default "neo4j"; NEO4J_PASSWORD; NEO4J_DATABASE,
// default "neo4j").
//
// The graph/neo4j package is not part of this build yet. Wiring it is this
// function's body alone:
//
//	return neo4j.Open(ctx, neo4j.Config{
//		URI:      uri,
//		User:     m.env("NEO4J_USER", "neo4j"),
//		Password: m.Getenv("NEO4J_PASSWORD"),
//		Database: m.env("NEO4J_DATABASE", "neo4j"),
//	})
func (m *Main) openNeo4j(ctx context.Context, uri string) (graph.Store, error) {
	return nil, fmt.Errorf("store %s: this build of geokg has no Neo4j store yet: %w", redact(uri), graph.ErrUnsupported)
}

// redact hides a password written into a URI before it reaches a log line
// or an error message.
func redact(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return uri
	}
	return u.Redacted()
}
