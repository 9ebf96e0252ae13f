package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/geokg/geokg/server/editor"
)

func TestRoutes(t *testing.T) {
	srv, _ := corpusServer(t)
	defer srv.Close()
	tests := []struct {
		method, path, contentType, body string
		status                          int
		header, headerValue             string // a header the answer must carry, by prefix
		bodyPart                        string
	}{
		{"GET", "/", "", "", http.StatusOK, "Content-Type", "text/html", "geokg GraphQL editor"},
		{"GET", "/editor/geokg.js", "", "", http.StatusOK, "Content-Type", "text/javascript", "GraphiQL"},
		{"GET", "/editor/graphiql-4.1.2/graphiql.min.css", "", "", http.StatusOK, "Cache-Control", "public, max-age=31536000, immutable", ""},
		{"GET", "/nope", "", "", http.StatusNotFound, "", "", ""},
		{"GET", "/editor/nope.js", "", "", http.StatusNotFound, "", "", ""},
		{"DELETE", "/", "", "", http.StatusMethodNotAllowed, "", "", ""},
		{"GET", "/graphql?query=" + url.QueryEscape("{ stats { articles } }"), "", "", http.StatusOK, "Content-Type", "application/", `"articles":3`},
		{"POST", "/graphql", "application/json", `{"query":"{ stats { articles } }"}`, http.StatusOK, "", "", `"articles":3`},
		// Only the GET and POST transports: no form posts, no multipart uploads, no websockets.
		{"POST", "/graphql", "application/x-www-form-urlencoded", "query=%7Bstats%7Barticles%7D%7D", http.StatusBadRequest, "", "", "transport not supported"},
		{"POST", "/graphql", "multipart/form-data; boundary=x", "--x--", http.StatusBadRequest, "", "", "transport not supported"},
		{"PUT", "/graphql", "application/json", `{"query":"{ stats { articles } }"}`, http.StatusBadRequest, "", "", "transport not supported"},
		{"POST", "/graphql", "application/json", `{"query":"` + strings.Repeat(" ", DefaultMaxBodyBytes) + `{ stats { articles } }"}`, http.StatusRequestEntityTooLarge, "Content-Type", "application/json", "request body exceeds 1048576 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path[:min(len(tt.path), 40)]+" "+tt.contentType, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status: got %d, want %d (%.200s)", res.StatusCode, tt.status, body)
			}
			if tt.header != "" && !strings.HasPrefix(res.Header.Get(tt.header), tt.headerValue) {
				t.Errorf("%s: got %q, want %q…", tt.header, res.Header.Get(tt.header), tt.headerValue)
			}
			if !strings.Contains(string(body), tt.bodyPart) {
				t.Errorf("body: got %.300s, want it to contain %q", body, tt.bodyPart)
			}
		})
	}
}

func TestWebsocketRefused(t *testing.T) {
	srv, _ := corpusServer(t)
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/graphql", nil)
	req.Header.Set("Connection", "Upgrade")
	req.Header.Set("Upgrade", "websocket")
	req.Header.Set("Sec-WebSocket-Version", "13")
	req.Header.Set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
	req.Header.Set("Sec-WebSocket-Protocol", "graphql-transport-ws")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode == http.StatusSwitchingProtocols {
		t.Fatal("a websocket upgrade was accepted; the API serves only GET and POST")
	}
}

func TestParserTokenLimit(t *testing.T) {
	srv, _ := corpusServer(t)
	defer srv.Close()
	q := "{ stats { " + strings.Repeat("articles ", DefaultParserTokenLimit) + "} }"
	r := do(t, srv.URL, q, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions.Code != "GRAPHQL_PARSE_FAILED" || !strings.Contains(r.Errors[0].Message, "token limit") {
		t.Fatalf("got %+v, want one GRAPHQL_PARSE_FAILED error about the token limit", r.Errors)
	}
}

// TestMountedUnderAPrefix checks that the editor's relative URLs hold when
// the handler is served below a path.
func TestMountedUnderAPrefix(t *testing.T) {
	h := NewHandler(mustOpenStore(t), Options{Logger: discard()})
	srv := httptest.NewServer(http.StripPrefix("/kg", h))
	defer srv.Close()
	for _, path := range []string{"/kg/", "/kg/editor/geokg.js", "/kg/graphql?query=" + url.QueryEscape("{ stats { articles } }")} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", path, res.StatusCode)
		}
	}
}

// TestExampleQuery runs the query the editor opens with: it must stay valid
// as the schema changes and must show something on real data.
func TestExampleQuery(t *testing.T) {
	srv, _ := corpusServer(t)
	defer srv.Close()
	data := mustQuery(t, srv.URL, editor.ExampleQuery, nil)
	if got := get(data, "events.totalCount"); got != 4.0 {
		t.Errorf("events.totalCount: got %v, want 4", got)
	}
	if got := get(data, "events.edges.0.node.reports.edges.0.node.evidence.0.sentence"); got == "" || got == nil {
		t.Errorf("the newest event shows no evidence sentence: %v", got)
	}
	if edges, _ := get(data, "searchEntities.edges").([]any); len(edges) != 5 {
		t.Errorf("searchEntities: got %d entities, want 5", len(edges))
	}
}
