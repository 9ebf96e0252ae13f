// Package server serves geokg's knowledge graph over HTTP: the GraphQL API
// at /graphql, an in-browser GraphQL editor at / whose assets are compiled
// into the binary, and a health check at /healthz.
//
// Resolvers are thin: they turn GraphQL arguments into graph filters and ask
// the graph.Store they were given, through per-request dataloaders so that
// one level of a query costs one store call however many parents it has. The
// package never imports a backend; listening and shutdown belong to the
// caller.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/editor"
	"github.com/geokg/geokg/server/exec"
)

// Options tune the handler. Zero fields take the defaults documented on each;
// docs/graphql.md explains the limits to API users.
type Options struct {
	// Logger receives internal errors, panics and store outages; nil means
	// slog.Default().
	Logger *slog.Logger
	// ComplexityLimit rejects operations whose cost exceeds it (default
	// 50,000). A field costs 1 plus its children; a connection multiplies
	// its children by `first`.
	ComplexityLimit int
	// DepthLimit rejects operations nested deeper than this many fields
	// (default 15). Introspection fields do not count.
	DepthLimit int
	// ParserTokenLimit rejects query documents with more tokens than this
	// before they are parsed in full (default 10,000).
	ParserTokenLimit int
	// QueryCacheSize is how many parsed and validated query documents are kept
	// (default 1,000).
	QueryCacheSize int
	// MaxBodyBytes caps a request body (default 1 MiB).
	MaxBodyBytes int64
	// Timeout bounds one GraphQL request, store calls included (default 30s).
	Timeout time.Duration
	// BatchWait is how long a dataloader collects keys before it calls the
	// store (default 2ms). Longer waits merge more of a level into one call
	// at the cost of latency per level.
	BatchWait time.Duration
	// AllowOrigins lists the web origins ("https://dash.example.org") whose
	// pages may call /graphql from a browser; "*" allows any. Empty allows
	// only pages served by geokg itself.
	AllowOrigins []string
}

// Defaults for zero Options fields.
const (
	DefaultComplexityLimit  = 50_000
	DefaultDepthLimit       = 15
	DefaultParserTokenLimit = 10_000
	DefaultQueryCacheSize   = 1_000
	DefaultMaxBodyBytes     = 1 << 20
	DefaultTimeout          = 30 * time.Second
	DefaultBatchWait        = 2 * time.Millisecond
)

func (o Options) withDefaults() Options {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	setDefault(&o.ComplexityLimit, DefaultComplexityLimit)
	setDefault(&o.DepthLimit, DefaultDepthLimit)
	setDefault(&o.ParserTokenLimit, DefaultParserTokenLimit)
	setDefault(&o.QueryCacheSize, DefaultQueryCacheSize)
	setDefault(&o.MaxBodyBytes, DefaultMaxBodyBytes)
	setDefault(&o.Timeout, DefaultTimeout)
	setDefault(&o.BatchWait, DefaultBatchWait)
	return o
}

func setDefault[T int | int64 | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// NewHandler returns the HTTP handler of the API over s:
//
//	GET  /         the GraphQL editor (GraphiQL), opened on an example query
//	GET  /editor/  the editor's scripts and styles, served from the binary
//	POST /graphql  GraphQL over HTTP (GET for queries in the URL works too)
//	GET  /healthz  200 {"status":"ok"} while the store answers, else 503
//
// Paths in the editor page are relative, so the handler also works mounted
// under a prefix with http.StripPrefix.
func NewHandler(s graph.Store, o Options) http.Handler {
	o = o.withDefaults()
	mux := http.NewServeMux()
	gql := newGraphQL(s, o)
	mux.Handle("/graphql", allowOrigins(limitRequest(gql, o.MaxBodyBytes, o.Timeout), o.AllowOrigins))
	mux.Handle("GET /{$}", editor.Page())
	mux.Handle("GET "+editor.AssetPrefix, http.StripPrefix(editor.AssetPrefix, editor.Assets()))
	mux.Handle("GET /healthz", health(s, o.Logger))
	return mux
}

// newGraphQL builds the gqlgen server explicitly: only the transports the
// API needs (no websockets, no multipart uploads), a parsed-query cache,
// limits that reject expensive operations before any resolver runs, and one
// error presenter for every error a client sees.
func newGraphQL(s graph.Store, o Options) *handler.Server {
	cfg := exec.Config{Resolvers: &Resolver{store: s}}
	setComplexity(&cfg.Complexity)
	srv := handler.New(exec.NewExecutableSchema(cfg))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](o.QueryCacheSize))
	srv.SetParserTokenLimit(o.ParserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(depthLimit{max: o.DepthLimit})
	srv.Use(extension.FixedComplexityLimit(o.ComplexityLimit))
	srv.SetErrorPresenter(presentError(o.Logger))
	srv.SetRecoverFunc(recoverPanic)
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, s, o.BatchWait))
	})
	return srv
}

// limitRequest caps the body a client may send and the time a request may
// hold store connections. The body is read here, not by gqlgen, so that an
// oversized one is refused as the client's mistake (413) rather than
// surfacing as a failed read inside the server.
func limitRequest(h http.Handler, maxBody int64, timeout time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			status, msg := http.StatusBadRequest, "could not read the request body"
			if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
				status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("request body exceeds %d bytes", maxBody)
			}
			writeError(w, status, msg, CodeBadUserInput)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// writeError answers with a GraphQL error response for a request that never
// reached GraphQL.
func writeError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]string{"code": code}}},
	})
}
