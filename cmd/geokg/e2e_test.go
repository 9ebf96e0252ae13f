package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestEndToEnd loads the demo articles twice and reads them through geokg
// serve: on SQLite, and on Neo4j when NEO4J_URI names a database the test
// may empty.
func TestEndToEnd(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		endToEnd(t, target{uri: filepath.Join(t.TempDir(), "geokg.db")})
	})
	t.Run("neo4j", func(t *testing.T) {
		n := neo4jTarget(t)
		emptyNeo4j(t, t.Context(), n)
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			emptyNeo4j(t, ctx, n)
		})
		endToEnd(t, n)
	})
}

func endToEnd(t *testing.T, store target) {
	db := store.uri
	demo, err := filepath.Glob(filepath.Join(demoDir, "*"))
	if err != nil || len(demo) < 6 {
		t.Fatalf("got %d demo articles (%v), want at least 6", len(demo), err)
	}
	n := len(demo)

	first := runGeokgEnv(t, store.env, "load", "--store", db, demoDir)
	if first.code != 0 {
		t.Fatalf("first load: exit %d\n%s", first.code, first.stderr)
	}
	if want := itoa(n) + " articles (" + itoa(n) + " added, 0 updated, 0 unchanged), 0 skipped"; !strings.HasPrefix(first.stdout, want) {
		t.Errorf("first load said %q, want it to start with %q", first.stdout, want)
	}
	before := storeStatsEnv(t, store.env, db)
	if before.Articles != n || before.Events == 0 || before.Relations == 0 {
		t.Fatalf("after the first load the store holds %+v", before)
	}

	second := runGeokgEnv(t, store.env, "load", "--store", db, demoDir)
	if second.code != 0 {
		t.Fatalf("second load: exit %d\n%s", second.code, second.stderr)
	}
	if want := "(0 added, 0 updated, " + itoa(n) + " unchanged), 0 skipped"; !strings.Contains(second.stdout, want) {
		t.Errorf("second load said %q, want it to contain %q", second.stdout, want)
	}
	if after := storeStatsEnv(t, store.env, db); !equalJSON(t, after, before) {
		t.Errorf("second load changed the counts:\nbefore %+v\nafter  %+v", before, after)
	}

	srv := startServerEnv(t, store.env, "--store", db)
	t.Run("strike event", func(t *testing.T) { checkStrike(t, srv) })
	t.Run("meeting relation", func(t *testing.T) { checkMeeting(t, srv) })
	t.Run("health", func(t *testing.T) {
		resp, err := http.Get(srv.url + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET /healthz: got %s, want 200", resp.Status)
		}
	})
	srv.stop(t)
}

// checkStrike asserts that the drone strike of the demo articles is an
// event with its date resolved from "on Sunday", its place, its casualties
// and the sentence that reports them.
func checkStrike(t *testing.T, srv *serveProc) {
	var data struct {
		Events struct {
			Edges []struct {
				Node struct {
					Name string
					Date struct {
						Day    string
						Phrase string
					}
					Location struct{ Name string }
					Killed   struct {
						Number    int
						Qualifier string
					}
					Reports struct {
						Edges []struct {
							Node struct {
								Article  struct{ Title string }
								Evidence []struct {
									Sentence   string
									Start, End int
								}
							}
						}
					}
				}
			}
		}
	}
	srv.query(t, `query($day: Date!) {
		events(filter: {types: [ATTACK], from: $day, to: $day}) {
			edges { node {
				name
				date { day phrase }
				location { name }
				killed { number qualifier }
				reports { edges { node { article { title } evidence { sentence start end } } } }
			} }
		}
	}`, map[string]any{"day": "2025-10-05"}, &data)
	if len(data.Events.Edges) != 1 {
		t.Fatalf("got %d attacks on 2025-10-05, want 1: %+v", len(data.Events.Edges), data)
	}
	e := data.Events.Edges[0].Node
	if e.Date.Day != "2025-10-05" || e.Date.Phrase != "on Sunday" {
		t.Errorf("date: got %+v, want 2025-10-05 from \"on Sunday\"", e.Date)
	}
	if e.Location.Name != "Port Sudan" {
		t.Errorf("location: got %q, want Port Sudan", e.Location.Name)
	}
	if e.Killed.Number != 9 || e.Killed.Qualifier != "at least" {
		t.Errorf("killed: got %+v, want at least 9", e.Killed)
	}
	if len(e.Reports.Edges) != 1 {
		t.Fatalf("got %d reports, want 1", len(e.Reports.Edges))
	}
	r := e.Reports.Edges[0].Node
	if r.Article.Title != "Drone strike on Port Sudan kills at least 9" {
		t.Errorf("report's article: got %q", r.Article.Title)
	}
	const sentence = "At least 9 people were killed and 27 injured when drones struck a fuel depot and a market in Port Sudan on Sunday, Sudan's army said."
	found := false
	for _, ev := range r.Evidence {
		if ev.Sentence == sentence {
			found = ev.Start == 0 && ev.End == len([]rune(sentence))
		}
	}
	if !found {
		t.Errorf("evidence: got %+v, want %q at [0,%d)", r.Evidence, sentence, len([]rune(sentence)))
	}
}

// checkMeeting asserts that the envoy's meeting is a MET_WITH relation
// whose claim names the article and sentence that state it. Which other end
// the extractor pairs him with is the extractor's business, tested there.
func checkMeeting(t *testing.T, srv *serveProc) {
	var data struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Source, Target struct{ Name string }
					Modality       string
					Claims         struct {
						Edges []struct {
							Node struct {
								ArticleID string
								Article   struct{ ID, Title, Published string }
								Evidence  struct{ Sentence string }
							}
						}
					}
				}
			}
		}
	}
	srv.query(t, `{
		relations(filter: {types: [MET_WITH]}, first: 100) {
			edges { node {
				source { name } target { name } modality
				claims { edges { node { articleId article { id title published } evidence { sentence } } } }
			} }
		}
	}`, nil, &data)
	for _, e := range data.Relations.Edges {
		r := e.Node
		if r.Source.Name != "Hans Grundberg" && r.Target.Name != "Hans Grundberg" {
			continue
		}
		if r.Modality != "ASSERTED" {
			t.Errorf("modality: got %s, want ASSERTED", r.Modality)
		}
		if len(r.Claims.Edges) == 0 {
			t.Fatalf("the meeting has no claims")
		}
		c := r.Claims.Edges[0].Node
		if c.Article.ID != c.ArticleID || c.Article.Title != "UN envoy meets Omani foreign minister in Muscat" || c.Article.Published != "2025-09-16" {
			t.Errorf("claim's article: got %+v", c.Article)
		}
		if !strings.Contains(c.Evidence.Sentence, "met Omani Foreign Minister Badr Albusaidi in Muscat") {
			t.Errorf("claim's evidence: got %q", c.Evidence.Sentence)
		}
		return
	}
	t.Errorf("no MET_WITH of Hans Grundberg among %+v", data.Relations.Edges)
}

// serve --demo loads the embedded articles into an empty store, and a
// second start changes nothing.
func TestEndToEnd_ServeDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	for round := range 2 {
		srv := startServer(t, "--demo", "--store", db)
		var data struct {
			Stats struct{ Articles int }
		}
		srv.query(t, `{ stats { articles } }`, nil, &data)
		demo, _ := filepath.Glob(filepath.Join(demoDir, "*"))
		if data.Stats.Articles != len(demo) {
			t.Errorf("round %d: got %d articles, want the %d demo articles", round, data.Stats.Articles, len(demo))
		}
		want := "added=" + itoa(len(demo))
		if round == 1 {
			want = "added=0 updated=0 unchanged=" + itoa(len(demo))
		}
		if !strings.Contains(srv.stderr.String(), want) {
			t.Errorf("round %d: log lacks %q:\n%s", round, want, srv.stderr.String())
		}
		srv.stop(t)
	}
}

func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ja, jb)
}

func itoa(n int) string { return strconv.Itoa(n) }
