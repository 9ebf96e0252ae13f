package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// testMain runs geokg in-process with the given environment.
type testMain struct {
	*Main
	stdout, stderr bytes.Buffer
}

func newTestMain(env map[string]string) *testMain {
	tm := &testMain{}
	tm.Main = &Main{
		Stdin:  strings.NewReader(""),
		Stdout: &tm.stdout,
		Stderr: &tm.stderr,
		Getenv: func(k string) string { return env[k] },
	}
	return tm
}

// run runs args and returns the exit status.
func (tm *testMain) run(t *testing.T, args ...string) int {
	t.Helper()
	ctx := context.Background()
	return tm.ExitCode(ctx, tm.Run(ctx, args))
}

func TestParseStore(t *testing.T) {
	tests := []struct {
		uri    string
		kind   storeKind
		target string
		bad    bool
	}{
		{"", kindSQLite, "geokg.db", false},
		{"news.db", kindSQLite, "news.db", false},
		{"/var/lib/geokg/news.db", kindSQLite, "/var/lib/geokg/news.db", false},
		{"sqlite:news.db", kindSQLite, "news.db", false},
		{"sqlite:///var/lib/news.db", kindSQLite, "/var/lib/news.db", false},
		{"file:data/news.db", kindSQLite, "data/news.db", false},
		{"./odd://name.db", kindSQLite, "./odd://name.db", false},
		{"neo4j://localhost:7687", kindNeo4j, "neo4j://localhost:7687", false},
		{"neo4j+s://db.example.org", kindNeo4j, "neo4j+s://db.example.org", false},
		{"bolt://localhost:7687", kindNeo4j, "bolt://localhost:7687", false},
		{"BOLT+SSC://h:7687", kindNeo4j, "BOLT+SSC://h:7687", false},
		{"sqlite:", "", "", true},
		{"redis://localhost", "", "", true},
		{"postgres://u:secret@h/db", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.uri, func(t *testing.T) {
			kind, target, err := parseStore(tt.uri)
			if (err != nil) != tt.bad {
				t.Fatalf("got error %v, want error: %v", err, tt.bad)
			}
			if kind != tt.kind || target != tt.target {
				t.Errorf("got %q %q, want %q %q", kind, target, tt.kind, tt.target)
			}
			if err != nil && strings.Contains(err.Error(), "secret") {
				t.Errorf("error %q shows the password", err)
			}
		})
	}
}

// A flag beats its environment variable, which beats the default; flags
// may follow the paths.
func TestLoad_FlagEnvDefault(t *testing.T) {
	dir := t.TempDir()
	envDB := filepath.Join(dir, "env.db")
	flagDB := filepath.Join(dir, "flag.db")
	articles := filepath.Join("..", "..", "examples", "articles")

	tm := newTestMain(map[string]string{envStore: envDB, envLogLevel: "error"})
	if code := tm.run(t, "load", articles, "--batch", "2"); code != exitOK {
		t.Fatalf("load with $%s: exit %d: %s", envStore, code, tm.stderr.String())
	}
	tm = newTestMain(map[string]string{envStore: envDB, envLogLevel: "error"})
	if code := tm.run(t, "load", articles, "--store", flagDB, "--workers=1"); code != exitOK {
		t.Fatalf("load with --store: exit %d: %s", code, tm.stderr.String())
	}
	// The flag's store got a fresh load, not the env's store a second one.
	if !strings.Contains(tm.stdout.String(), " added, 0 updated, 0 unchanged)") {
		t.Errorf("--store did not win over $%s: %s", envStore, tm.stdout.String())
	}
	for _, db := range []string{envDB, flagDB} {
		tm = newTestMain(nil)
		if code := tm.run(t, "stats", "--store", db); code != exitOK {
			t.Fatalf("stats %s: exit %d: %s", db, code, tm.stderr.String())
		}
		if first, _, _ := strings.Cut(tm.stdout.String(), "\n"); strings.Join(strings.Fields(first), " ") != "articles 7" {
			t.Errorf("%s: got stats\n%s", db, tm.stdout.String())
		}
	}
	if tm.stderr.Len() != 0 {
		t.Errorf("a quiet run wrote to stderr: %s", tm.stderr.String())
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"load", "x", "--batch", "0"}, nil, "--batch 0: want at least 1"},
		{[]string{"load", "x", "--published", "someday"}, nil, "--published: unrecognised date"},
		{[]string{"extract", "x", "--log-level", "loud"}, nil, `--log-level "loud"`},
		{[]string{"extract", "x"}, map[string]string{envLogLevel: "loud"}, `--log-level "loud"`},
		{[]string{"serve", "extra"}, nil, `unexpected argument "extra"`},
		{[]string{"stats", "--store", "redis://h"}, nil, `unknown scheme "redis"`},
		{[]string{"stats", "--store", "bolt://u:secret@h:7687/news"}, nil, "name the database with ?database=NAME"},
		{[]string{"migrate", "extra"}, nil, `unexpected argument "extra"`},
		{[]string{"export", "out"}, nil, "--format: give neo4j-admin or jsonl"},
		{[]string{"export", "--format", "csv", "out"}, nil, `--format "csv": want neo4j-admin or jsonl`},
		{[]string{"export", "--format", "neo4j-admin"}, nil, "give the folder"},
		{[]string{"export", "--format", "neo4j-admin", "-"}, nil, "give a folder, not -"},
		{[]string{"export", "--format", "jsonl", "a", "b"}, nil, `unexpected argument "b"`},
		{[]string{"export", "--format", "neo4j-admin", "--database", "x; rm -rf /", "out"}, nil, "not a Neo4j database name"},
		{[]string{"import"}, nil, "no input"},
		{[]string{"import", "-", "-"}, nil, "given 2 times"},
		{[]string{"import", "--batch", "0", "-"}, nil, "--batch 0"},
		{[]string{"copy", "--from", "a.db"}, nil, "give the store to copy into with --to"},
		{[]string{"copy", "--to", "geokg.db"}, nil, "--from and --to name the same store, geokg.db"},
		{[]string{"copy", "--to", "a.db"}, map[string]string{envStore: "sqlite:a.db"}, "name the same store"},
		{[]string{"copy", "--from", "bolt://h", "--to", "bolt://u:p@h"}, nil, "name the same store"},
		{nil, nil, "Usage:"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			tm := newTestMain(tt.env)
			if code := tm.run(t, tt.args...); code != exitUsage {
				t.Errorf("got exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(tm.stderr.String(), tt.want) {
				t.Errorf("stderr %q lacks %q", tm.stderr.String(), tt.want)
			}
			if strings.Contains(tm.stderr.String(), "secret") {
				t.Errorf("stderr %q shows the password", tm.stderr.String())
			}
		})
	}
}

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args   []string
		paths  []string
		strict bool
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, false},
		{[]string{"--strict", "a"}, []string{"a"}, true},
		{[]string{"a", "--strict", "b"}, []string{"a", "b"}, true},
		{[]string{"a", "-"}, []string{"a", "-"}, false},
		{[]string{"a", "--", "--strict"}, []string{"a", "--strict"}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			f := newTestMain(nil).newFlagSet("load", "")
			strict := f.Bool("strict", false, "")
			paths, err := f.parse(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(paths, "|") != strings.Join(tt.paths, "|") || *strict != tt.strict {
				t.Errorf("got %q strict=%v, want %q strict=%v", paths, *strict, tt.paths, tt.strict)
			}
		})
	}
}

func TestExtract_Stdin(t *testing.T) {
	tm := newTestMain(map[string]string{envLogLevel: "error"})
	tm.Stdin = strings.NewReader("Kenya and Canada sign trade deal\nDate: 2025-06-05\n\nKenya and Canada signed a trade agreement in Nairobi on Wednesday.\n")
	if code := tm.run(t, "extract", "-"); code != exitOK {
		t.Fatalf("exit %d: %s", code, tm.stderr.String())
	}
	out := tm.stdout.String()
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, `"source":"stdin"`) || !strings.Contains(out, `"published":"2025-06-05"`) {
		t.Errorf("got %s, want one document from stdin", out)
	}
}

func TestInterruptedExitCode(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tm := newTestMain(nil)
	if got := tm.ExitCode(ctx, context.Canceled); got != exitInterrupted {
		t.Errorf("got %d, want %d", got, exitInterrupted)
	}
	if got := tm.ExitCode(ctx, nil); got != exitOK {
		t.Errorf("a command that finished cleanly after a signal: got %d, want %d", got, exitOK)
	}
	if got := tm.ExitCode(context.Background(), errors.New("disk full")); got != exitError {
		t.Errorf("got %d, want %d", got, exitError)
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		total int
		known bool
		p     loader.Progress
		want  string
	}{
		{1000, true, loader.Progress{Done: 412, Skipped: 2, Elapsed: 2 * time.Second},
			"[=========>              ] 412/1000  41%  206.0 articles/s  ETA 3s  2 skipped"},
		{10, true, loader.Progress{Done: 10, Elapsed: time.Second},
			"[========================] 10/10 100%  10.0 articles/s  ETA 0s"},
		{0, false, loader.Progress{Done: 50, Elapsed: 4 * time.Second},
			"50 articles  12.5 articles/s"},
	}
	for _, tt := range tests {
		p := newProgress(nil, true, nil, tt.total, tt.known)
		if got := p.render(tt.p); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
}

// On a terminal the line is redrawn in place and cleared at the end; off
// one, a short load prints nothing but its summary.
func TestProgressOutput(t *testing.T) {
	var term, plain bytes.Buffer
	clock := time.Unix(0, 0)
	for _, tc := range []struct {
		w        *bytes.Buffer
		terminal bool
	}{{&term, true}, {&plain, false}} {
		p := newProgress(tc.w, tc.terminal, nil, 3, true)
		p.now = func() time.Time { return clock }
		for i := 1; i <= 3; i++ {
			clock = clock.Add(time.Second)
			p.update(loader.Progress{Done: i, Elapsed: time.Duration(i) * time.Second})
		}
		p.finish()
	}
	if n := strings.Count(term.String(), clearLine); n != 4 {
		t.Errorf("terminal: got %d redraws and clears, want 3 + 1: %q", n, term.String())
	}
	if plain.Len() != 0 {
		t.Errorf("not a terminal: got %q, want nothing", plain.String())
	}
}

func TestWriteStats(t *testing.T) {
	var b bytes.Buffer
	st := graph.Stats{Articles: 7, Entities: 120, Events: 9, Relations: 31, Claims: 33, Mentions: 140,
		EntityTypes: map[graph.EntityType]int{graph.Person: 40, graph.Country: 50, graph.Location: 30},
		EventTypes:  map[graph.EventType]int{graph.Attack: 3, graph.Meeting: 3, graph.Protest: 3},
	}
	if err := writeStats(&b, st); err != nil {
		t.Fatal(err)
	}
	want := "articles     7\n" +
		"entities   120  Country 50, Person 40, Location 30\n" +
		"events       9  Attack 3, Meeting 3, Protest 3\n" +
		"relations   31\n" +
		"claims      33\n" +
		"mentions   140\n" +
		"merges       0\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// A log line written while the progress line shows goes above it, and the
// progress line comes back below.
func TestProgressKeepsLogLinesApart(t *testing.T) {
	var out bytes.Buffer
	p := newProgress(&out, true, nil, 10, true)
	p.update(loader.Progress{Done: 1, Elapsed: time.Second})
	line := p.line
	out.Reset()
	if _, err := p.Write([]byte("level=WARN msg=skipped\n")); err != nil {
		t.Fatal(err)
	}
	if want := clearLine + "level=WARN msg=skipped\n" + line; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	p.finish()
	out.Reset()
	p.Write([]byte("after\n"))
	if out.String() != "after\n" {
		t.Errorf("after finish: got %q, want the log line alone", out.String())
	}
}
