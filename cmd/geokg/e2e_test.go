package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// These tests run the geokg binary as a user would: built with go build,
// on the demo articles in examples/, against a SQLite file in a temp dir,
// talking to `geokg serve` over HTTP.

var (
	examplesDir = filepath.Join("..", "..", "examples")
	demoDir     = filepath.Join(examplesDir, "articles")
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	binDir    string
)

// geokgBinary builds the binary once for all tests of the package.
func geokgBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the geokg binary")
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "geokg-e2e-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "geokg")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New("go build: " + err.Error() + "\n" + string(out))
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

// runGeokg runs the binary with args and an environment free of the
// caller's GEOKG_* settings, and waits for it.
func runGeokg(t *testing.T, args ...string) result {
	t.Helper()
	return runGeokgEnv(t, nil, args...)
}

// runGeokgEnv is runGeokg with the variables env ("KEY=value") added.
func runGeokgEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, geokgBinary(t), args...)
	cmd.Env = append(cleanEnv(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("geokg %s: %v", strings.Join(args, " "), err)
	}
	return r
}

func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GEOKG_") && !strings.HasPrefix(kv, "NEO4J_") {
			env = append(env, kv)
		}
	}
	return env
}

// storeStats returns `geokg stats --json` for the store at db.
func storeStats(t *testing.T, db string) statsJSON {
	t.Helper()
	return storeStatsEnv(t, nil, db)
}

// storeStatsEnv is storeStats with the variables env added.
func storeStatsEnv(t *testing.T, env []string, db string) statsJSON {
	t.Helper()
	r := runGeokgEnv(t, env, "stats", "--store", db, "--json")
	if r.code != 0 {
		t.Fatalf("stats: exit %d: %s", r.code, r.stderr)
	}
	var st statsJSON
	if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	return st
}

// serveProc is a running `geokg serve`.
type serveProc struct {
	cmd    *exec.Cmd
	url    string
	stderr *syncBuffer
	done   chan error
}

// syncBuffer collects a process's stderr while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

var servingLine = regexp.MustCompile(`msg=serving addr=(\S+) url=(\S+)`)

// startServer starts `geokg serve` on a free port and waits for the log
// line that says which.
func startServer(t *testing.T, args ...string) *serveProc {
	t.Helper()
	return startServerEnv(t, nil, args...)
}

// startServerEnv is startServer with the variables env ("KEY=value") added.
func startServerEnv(t *testing.T, env []string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command(geokgBinary(t), append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(cleanEnv(), env...)
	pr, pw := io.Pipe()
	s := &serveProc{cmd: cmd, stderr: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = io.MultiWriter(s.stderr, pw)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s.done <- cmd.Wait()
		pw.Close()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-s.done
		}
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := servingLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[2]
				break
			}
		}
		io.Copy(io.Discard, pr) // keep the pipe drained for the rest of the run
	}()
	select {
	case u := <-found:
		s.url = strings.TrimSuffix(u, "/")
	case err := <-s.done:
		t.Fatalf("serve exited before serving: %v\n%s", err, s.stderr.String())
	case <-time.After(time.Minute):
		t.Fatalf("serve did not say where it listens:\n%s", s.stderr.String())
	}
	return s
}

// query posts a GraphQL query and decodes its data into out, failing on
// any GraphQL error.
func (s *serveProc) query(t *testing.T, q string, vars map[string]any, out any) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(s.url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		t.Fatalf("POST /graphql: status %d, %v: %s", resp.StatusCode, err, raw)
	}
	if len(env.Errors) > 0 || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /graphql: status %d, errors %+v", resp.StatusCode, env.Errors)
	}
	if err := json.Unmarshal(env.Data, out); err != nil {
		t.Fatalf("decoding %s: %v", env.Data, err)
	}
}

// stop sends SIGTERM and waits for a clean exit.
func (s *serveProc) stop(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v, want exit status 0\n%s", err, s.stderr.String())
		}
	case <-time.After(shutdownTimeout + 5*time.Second):
		t.Fatalf("serve did not stop within %s of SIGTERM", shutdownTimeout+5*time.Second)
	}
	for _, want := range []string{`msg="shutting down"`, "msg=stopped"} {
		if !strings.Contains(s.stderr.String(), want) {
			t.Errorf("serve's log lacks %s:\n%s", want, s.stderr.String())
		}
	}
}

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

func TestEndToEnd_Extract(t *testing.T) {
	jsonl := filepath.Join(examplesDir, "articles.jsonl")
	page := filepath.Join(examplesDir, "article.html")
	r := runGeokg(t, "extract", jsonl, page)
	if r.code != 0 {
		t.Fatalf("extract: exit %d\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	wantSources := []string{jsonl + ":1", jsonl + ":2", page}
	if len(lines) != len(wantSources) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wantSources), r.stdout)
	}
	for i, line := range lines {
		var doc map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		requireKeys(t, doc, "article", "entities", "relations")
		var d struct {
			Article   map[string]json.RawMessage
			Entities  []map[string]json.RawMessage
			Relations []map[string]json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		requireKeys(t, d.Article, "id", "title", "url", "published", "source")
		var source string
		json.Unmarshal(d.Article["source"], &source)
		if source != wantSources[i] {
			t.Errorf("line %d: source %q, want %q", i+1, source, wantSources[i])
		}
		events := 0
		for _, e := range d.Entities {
			requireKeys(t, e, "id", "type", "name", "aliases")
			if string(e["type"]) == `"Event"` {
				events++
				requireKeys(t, e, "event_type", "date", "location", "participants", "killed", "injured", "modality", "evidence")
			} else {
				requireKeys(t, e, "mentions")
			}
		}
		if events == 0 {
			t.Errorf("line %d: no events extracted from %s", i+1, source)
		}
		for _, rel := range d.Relations {
			requireKeys(t, rel, "source", "type", "target", "modality", "confidence", "evidence", "evidence_start", "evidence_end")
		}
	}
}

func requireKeys(t *testing.T, m map[string]json.RawMessage, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("missing key %q in %v", k, keysOf(m))
		}
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// A bad file among good ones is named on stderr, the rest loads, and the
// exit status says something was skipped; --strict turns it into a failure.
func TestEndToEnd_SkippedExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "feed.jsonl")
	feed := `{"title": "Canada and Japan talk trade", "text": "Canada and Japan held trade talks in Ottawa on Monday.", "published": "2025-06-03"}` + "\n" +
		`{"title": "Broken", "text": ` + "\n" +
		`{"title": "Kenya hosts summit", "text": "Kenya hosted a regional summit in Nairobi on Tuesday.", "published": "2025-06-04"}` + "\n"
	if err := os.WriteFile(bad, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		code       int
		stdoutHas  string
		stderrHas  string
		wantStored int // articles in the store afterwards; -1 to skip the check
	}{
		{"load skips", []string{"load", bad}, exitSkipped, "2 articles (2 added", bad + `:2: malformed JSON`, 2},
		{"load strict", []string{"load", "--strict", bad}, exitError, "1 article (1 added", "load stopped at the first error (strict): " + bad + ":2", 1},
		{"extract skips", []string{"extract", bad}, exitSkipped, `"title":"Kenya hosts summit"`, bad + `:2: malformed JSON`, -1},
		{"no input", []string{"load"}, exitUsage, "", "geokg load: no input", -1},
		{"unknown flag", []string{"load", "--frobnicate", bad}, exitUsage, "", "flag provided but not defined: -frobnicate", -1},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`, -1},
		{"help", []string{"help", "load"}, exitOK, "", "Usage: geokg load", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "geokg.db")
			args := tt.args
			if args[0] == "load" {
				args = append(args, "--store", db)
			}
			r := runGeokg(t, args...)
			if r.code != tt.code {
				t.Errorf("exit status: got %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdoutHas) {
				t.Errorf("stdout %q lacks %q", r.stdout, tt.stdoutHas)
			}
			if !strings.Contains(r.stderr, tt.stderrHas) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.stderrHas)
			}
			if tt.wantStored >= 0 {
				if got := storeStats(t, db).Articles; got != tt.wantStored {
					t.Errorf("store holds %d articles, want %d", got, tt.wantStored)
				}
			}
		})
	}
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
