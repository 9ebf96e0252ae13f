package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
)

// TestErrorCodes checks the code and message a client gets for each way a
// request can go wrong that is the client's doing.
func TestErrorCodes(t *testing.T) {
	srv, c := corpusServer(t)
	defer srv.Close()
	// 16 fields deep, one over the limit.
	deep := nest("searchEntities", "edges", "node", "relations", "edges", "node", "claims", "edges", "node",
		"article", "relations", "edges", "node", "source", "... on Entity", "relations", "totalCount")
	wide := "{ searchEntities(first: 1000) { edges { node { relations(first: 1000) { edges { node { id } } } } } } }"
	tests := []struct {
		name     string
		query    string
		vars     map[string]any
		code     string
		message  string // a part of the message
		path     string // the path of the error; "" when the operation never ran
		nullData string // a field of data that must be null
	}{
		{"absent entity", `{ entity(id: "person:nobody-at-all") { name } }`, nil, CodeNotFound, `no entity has id "person:nobody-at-all"`, "entity", "entity"},
		{"absent event", `{ event(id: "event:attack:2025-01-01:0000") { name } }`, nil, CodeNotFound, "no event has id", "event", "event"},
		{"absent node", `{ node(id: "location:atlantis") { id } }`, nil, CodeNotFound, "no entity or event", "node", "node"},
		{"absent article", `{ article(id: "article:0000") { id } }`, nil, CodeNotFound, "no article", "article", "article"},
		{"event id as entity", `query($id: ID!) { entity(id: $id) { name } }`, map[string]any{"id": c.Strike}, CodeBadUserInput, "is not an entity id", "entity", "entity"},
		{"malformed id", `{ node(id: "whatever") { id } }`, nil, CodeBadUserInput, `"whatever" is not an entity or event id`, "node", "node"},
		{"relation id", `{ relation(id: "person:x") { id } }`, nil, CodeBadUserInput, "not a relation id", "relation", "relation"},
		{"negative first", `{ events(first: -1) { totalCount } }`, nil, CodeBadUserInput, "first must be between 0 and 1000", "events", ""},
		{"first too large", `{ searchEntities(first: 5000) { totalCount } }`, nil, CodeBadUserInput, "first must be between 0 and 1000", "searchEntities", ""},
		{"garbage cursor", `{ events(after: "garbage") { totalCount } }`, nil, CodeBadUserInput, "cursor", "events", ""},
		{"nested garbage cursor", `query($id: ID!) { entity(id: $id) { mentions(after: "Zm9v") { totalCount } } }`, map[string]any{"id": c.MiraCastell}, CodeBadUserInput, "cursor", "entity.mentions", ""},
		{"bad date literal", `{ events(filter: {from: "2025-13-01"}) { totalCount } }`, nil, CodeBadUserInput, "not a calendar day", "events.filter.from", ""},
		{"bad date variable", `query($f: EventFilter) { events(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"to": "March 3"}}, CodeBadUserInput, "not a calendar day", "events.filter.to", ""},
		{"range backwards", `{ events(filter: {from: "2025-03-31", to: "2025-03-01"}) { totalCount } }`, nil, CodeBadUserInput, "before from", "events", ""},
		{"involving an event", `query($id: ID!) { events(filter: {involving: [$id]}) { totalCount } }`, map[string]any{"id": c.Strike}, CodeBadUserInput, "involving", "events", ""},
		{"syntax", `{ events { `, nil, "GRAPHQL_PARSE_FAILED", "", "", ""},
		{"unknown field", `{ events { nope } }`, nil, "GRAPHQL_VALIDATION_FAILED", "nope", "", ""},
		{"unknown enum", `{ events(filter: {types: [WAR]}) { totalCount } }`, nil, "GRAPHQL_VALIDATION_FAILED", "WAR", "", ""},
		{"too deep", deep, nil, CodeDepthExceeded, "exceeds the limit of 15", "", ""},
		{"too complex", wide, nil, CodeComplexityExceeded, "exceeds the limit of 50000", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, srv.URL, tt.query, tt.vars)
			if len(r.Errors) != 1 {
				t.Fatalf("got %d errors %+v, want 1", len(r.Errors), r.Errors)
			}
			e := r.Errors[0]
			if e.Extensions.Code != tt.code {
				t.Errorf("code: got %q, want %q (message %q)", e.Extensions.Code, tt.code, e.Message)
			}
			if !strings.Contains(e.Message, tt.message) {
				t.Errorf("message: got %q, want it to contain %q", e.Message, tt.message)
			}
			if got := pathString(e.Path); got != tt.path {
				t.Errorf("path: got %q, want %q", got, tt.path)
			}
			if tt.nullData != "" {
				if v, ok := r.Data[tt.nullData]; !ok || v != nil {
					t.Errorf("data.%s: got %v (present %v), want null", tt.nullData, v, ok)
				}
			}
		})
	}
}

// nest writes the query { a { b { … z } } }.
func nest(fields ...string) string {
	return "{ " + strings.Join(fields, " { ") + strings.Repeat(" }", len(fields))
}

func pathString(p []any) string {
	s := make([]string, len(p))
	for i, v := range p {
		s[i] = fmt.Sprint(v)
	}
	return strings.Join(s, ".")
}

// faultyStore fails FindEvents the way a broken backend would, and lets
// every other call through to a real store.
type faultyStore struct {
	graph.Store
	err   error
	panic bool
	hang  bool // until the request's context ends, then fail as a driver would
}

func (f faultyStore) FindEvents(ctx context.Context, ef graph.EventFilter) (graph.EventPage, error) {
	if f.hang {
		<-ctx.Done()
		return graph.EventPage{}, errors.New("interrupted (9)")
	}
	if f.panic {
		var nilMap map[string]int
		//lint:ignore SA5000 a runtime panic from a resolver bug is what this store stands for
		nilMap["boom"]++
	}
	if f.err != nil {
		return graph.EventPage{}, f.err
	}
	return f.Store.FindEvents(ctx, ef)
}

// syncBuffer is a log sink tests can read while the server writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServerFaults checks that faults of geokg's own side reach the client
// coded and without internals, reach the log in full, and leave the server
// serving.
func TestServerFaults(t *testing.T) {
	secret := "dial tcp 10.1.2.3:7687: connection refused"
	tests := []struct {
		name    string
		store   faultyStore
		timeout time.Duration
		code    string
		message string
		logged  string
	}{
		{"store down", faultyStore{err: fmt.Errorf("find events: %s: %w", secret, graph.ErrUnavailable)}, 0, CodeUnavailable, "the store is unavailable; try again later", secret},
		{"credentials refused", faultyStore{err: fmt.Errorf("find events: %w", graph.ErrUnauthorized)}, 0, CodeUnauthenticated, "the store refused geokg's credentials", "unauthorized"},
		{"conflict", faultyStore{err: fmt.Errorf("merge undone twice: %w", graph.ErrConflict)}, 0, CodeConflict, "find events: merge undone twice: conflict", ""},
		{"unexpected error", faultyStore{err: errors.New("sql: " + secret)}, 0, CodeInternal, "internal error", secret},
		{"panic in the store", faultyStore{panic: true}, 0, CodeInternal, "internal error", "assignment to entry in nil map"},
		{"timeout", faultyStore{hang: true}, 50 * time.Millisecond, CodeUnavailable, "the request timed out", "interrupted (9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := &syncBuffer{}
			tt.store.Store = mustOpenStore(t)
			srv := httptest.NewServer(NewHandler(tt.store, Options{Logger: slog.New(slog.NewTextHandler(logs, nil)), Timeout: tt.timeout}))
			defer srv.Close()

			r := do(t, srv.URL, `{ events { totalCount } stats { articles } }`, nil)
			if len(r.Errors) != 1 {
				t.Fatalf("got errors %+v, want 1", r.Errors)
			}
			e := r.Errors[0]
			if e.Extensions.Code != tt.code || e.Message != tt.message {
				t.Errorf("got %s %q, want %s %q", e.Extensions.Code, e.Message, tt.code, tt.message)
			}
			if tt.code != CodeConflict && strings.Contains(e.Message, "10.1.2.3") {
				t.Errorf("message %q shows the store's address", e.Message)
			}
			if got := pathString(e.Path); got != "events" {
				t.Errorf("path: got %q, want events", got)
			}
			if tt.logged != "" && !strings.Contains(logs.String(), tt.logged) {
				t.Errorf("log does not hold %q:\n%s", tt.logged, logs)
			}
			// The failing field is null; the rest of the operation and the
			// server go on.
			if r.Data["events"] != nil || get(r.Data, "stats.articles") != 0.0 {
				t.Errorf("data: got %v, want events null and stats answered", r.Data)
			}
			if again := do(t, srv.URL, `{ stats { articles } }`, nil); len(again.Errors) != 0 {
				t.Errorf("server after the fault: %+v", again.Errors)
			}
		})
	}
}

// TestHealthz checks that the health endpoint follows the store.
func TestHealthz(t *testing.T) {
	store := mustOpenStore(t)
	srv := httptest.NewServer(NewHandler(store, Options{Logger: discard()}))
	defer srv.Close()
	check := func(wantStatus int, wantBody string) {
		t.Helper()
		res, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var body bytes.Buffer
		body.ReadFrom(res.Body)
		if res.StatusCode != wantStatus || strings.TrimSpace(body.String()) != wantBody {
			t.Errorf("GET /healthz: got %d %s, want %d %s", res.StatusCode, body.String(), wantStatus, wantBody)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type: got %q, want application/json", ct)
		}
	}
	check(http.StatusOK, `{"status":"ok"}`)
	store.Close()
	check(http.StatusServiceUnavailable, `{"status":"unavailable"}`)
}
