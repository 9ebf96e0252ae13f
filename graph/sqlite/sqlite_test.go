package sqlite

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// mustOpen opens a store in a new file of t's temporary directory.
func mustOpen(tb testing.TB, opts ...Option) *Store {
	tb.Helper()
	return mustOpenAt(tb, filepath.Join(tb.TempDir(), "geokg.db"), opts...)
}

func mustOpenAt(tb testing.TB, path string, opts ...Option) *Store {
	tb.Helper()
	opts = append([]Option{WithLogger(slog.New(slog.DiscardHandler))}, opts...)
	s, err := Open(context.Background(), path, opts...)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store { return mustOpen(t) })
}

// A store logs through the logger it is given, and through no other: not
// the process's default, which would flood the output of every program and
// test that opens a store.
func TestOpen_LogsOnlyToItsLogger(t *testing.T) {
	var dflt, own strings.Builder
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&dflt, nil)))
	t.Cleanup(func() { slog.SetDefault(old) })

	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(t.Context(), filepath.Join(t.TempDir(), "b.db"), WithLogger(slog.New(slog.NewTextHandler(&own, nil))))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if dflt.Len() != 0 {
		t.Errorf("the default logger got %q, want nothing", dflt.String())
	}
	if !strings.Contains(own.String(), "sqlite store migrated") {
		t.Errorf("the store's logger got %q, want the migration line", own.String())
	}
}

func TestOpen_Migrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "geokg.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	applied := func(s *Store) []int {
		t.Helper()
		var got []int
		rows, err := s.rdb.QueryContext(t.Context(), `SELECT version FROM schema_migrations ORDER BY version`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var v int
			if err := rows.Scan(&v); err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
		return got
	}
	var want []int
	for _, m := range ms {
		want = append(want, m.version)
	}
	first := mustOpenAt(t, path)
	if got := applied(first); !reflect.DeepEqual(got, want) {
		t.Errorf("first open: got migrations %v, want %v", got, want)
	}
	first.Close()
	again := mustOpenAt(t, path)
	if got := applied(again); !reflect.DeepEqual(got, want) {
		t.Errorf("reopen: got migrations %v, want %v (each applied once)", got, want)
	}
}

func TestOpen_KeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "geokg.db")
	c := graphtest.NewCorpus()
	s := mustOpenAt(t, path)
	if _, err := s.PutArticles(t.Context(), c.Graphs); err != nil {
		t.Fatal(err)
	}
	m := graph.Merge{ID: graph.MergeID(c.TobiasRenn, c.MiraCastell), FromID: c.TobiasRenn, IntoID: c.MiraCastell, Rule: "test"}
	if err := s.ApplyMerge(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	before := graphtest.TakeDump(t, s)
	s.Close()
	reopened := mustOpenAt(t, path)
	if after := graphtest.TakeDump(t, reopened); !reflect.DeepEqual(after, before) {
		t.Errorf("reopened store differs:\nbefore %+v\nafter  %+v", before.Stats, after.Stats)
	}
	if e, err := graph.GetEntity(t.Context(), reopened, c.TobiasRenn); err != nil || e.ID != c.MiraCastell {
		t.Errorf("merge after reopen: got %v, %v; want %s", e.ID, err, c.MiraCastell)
	}
}

func TestOpen_Pragmas(t *testing.T) {
	s := mustOpen(t)
	for _, tc := range []struct {
		pragma, want string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"synchronous", "1"}, // normal
	} {
		var got string
		if err := s.db.QueryRowContext(t.Context(), "PRAGMA "+tc.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("PRAGMA %s: got %s, want %s", tc.pragma, got, tc.want)
		}
	}
	var readOnly string
	if err := s.rdb.QueryRowContext(t.Context(), "PRAGMA query_only").Scan(&readOnly); err != nil {
		t.Fatal(err)
	}
	if readOnly != "1" {
		t.Errorf("read connections: query_only %s, want 1", readOnly)
	}
}

func TestOpen_Refused(t *testing.T) {
	for _, path := range []string{"", ":memory:"} {
		if _, err := Open(t.Context(), path); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("Open(%q): got %v, want %v", path, err, graph.ErrInvalid)
		}
	}
	notADir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notADir, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), filepath.Join(notADir, "geokg.db")); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("Open under a file: got %v, want %v", err, graph.ErrUnavailable)
	}
}

func TestOpen_PathsNeedingEscapes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a dir?with#odd%chars")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "geokg.db")
	s := mustOpenAt(t, path)
	if _, err := s.PutArticles(t.Context(), graphtest.Generate(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestWithClock(t *testing.T) {
	at := time.Date(2025, 4, 16, 9, 30, 0, 123, time.UTC)
	s := mustOpen(t, WithClock(func() time.Time { return at }))
	c := graphtest.NewCorpus()
	if _, err := s.PutArticles(t.Context(), c.Graphs); err != nil {
		t.Fatal(err)
	}
	a, err := graph.GetArticle(t.Context(), s, c.StrikeArticle)
	if err != nil {
		t.Fatal(err)
	}
	if !a.LoadedAt.Equal(at) {
		t.Errorf("LoadedAt: got %v, want %v", a.LoadedAt, at)
	}
	m := graph.Merge{ID: graph.MergeID(c.TobiasRenn, c.MiraCastell), FromID: c.TobiasRenn, IntoID: c.MiraCastell}
	if err := s.ApplyMerge(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	ms, err := graph.AllMerges(t.Context(), s, graph.MergeFilter{})
	if err != nil || len(ms) != 1 || !ms[0].CreatedAt.Equal(at) {
		t.Errorf("merge CreatedAt: got %+v, %v; want %v", ms, err, at)
	}
}

// A batch cancelled half way leaves nothing of itself behind, and the store
// takes the next batch.
func TestPutArticles_CancelledMidBatch(t *testing.T) {
	s := mustOpen(t)
	graphs := graphtest.Generate(40)
	if _, err := s.PutArticles(t.Context(), graphs[:10]); err != nil {
		t.Fatal(err)
	}
	before := graphtest.TakeDump(t, s)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s.afterArticle = func(i int) {
		if i == 15 {
			cancel()
		}
	}
	_, err := s.PutArticles(ctx, graphs[10:])
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("PutArticles: got %v, want %v", err, context.Canceled)
	}
	s.afterArticle = nil
	if after := graphtest.TakeDump(t, s); !reflect.DeepEqual(after, before) {
		t.Fatalf("cancelled batch left writes: before %+v, after %+v", before.Stats, after.Stats)
	}
	if _, err := s.PutArticles(t.Context(), graphs[10:]); err != nil {
		t.Fatalf("next batch: %v", err)
	}
}

// TestPutArticles_CrashMidBatch kills a process half way through writing a
// batch; the file it leaves holds the batches before, whole, and nothing of
// the one it was writing.
func TestPutArticles_CrashMidBatch(t *testing.T) {
	if path := os.Getenv("GEOKG_SQLITE_CRASH_DB"); path != "" {
		crashMidBatch(t, path) // the child: never returns
		return
	}
	path := filepath.Join(t.TempDir(), "geokg.db")
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestPutArticles_CrashMidBatch$")
	cmd.Env = append(os.Environ(), "GEOKG_SQLITE_CRASH_DB="+path)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != crashExitCode {
		t.Fatalf("child: got %v, want exit status %d; output:\n%s", err, crashExitCode, out)
	}
	s := mustOpenAt(t, path)
	want := mustOpen(t)
	if _, err := want.PutArticles(t.Context(), graphtest.Generate(crashBatch)); err != nil {
		t.Fatal(err)
	}
	if got, want := graphtest.TakeDump(t, s), graphtest.TakeDump(t, want); !reflect.DeepEqual(got, want) {
		t.Errorf("after the crash: got %+v, want the first batch only: %+v", got.Stats, want.Stats)
	}
}

const (
	crashExitCode = 3
	crashBatch    = 10
)

func crashMidBatch(t *testing.T, path string) {
	s, err := Open(context.Background(), path, WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	graphs := graphtest.Generate(3 * crashBatch)
	if _, err := s.PutArticles(context.Background(), graphs[:crashBatch]); err != nil {
		t.Fatal(err)
	}
	s.afterArticle = func(i int) {
		if i == crashBatch/2 {
			os.Exit(crashExitCode) // no rollback, no close: as a kill would leave it
		}
	}
	s.PutArticles(context.Background(), graphs[crashBatch:])
	t.Fatal("the batch finished; the crash did not happen")
}

// TestStaleDigestsAreRebuilt: a digest the store cannot use (written by
// another version of the summary rules, or damaged) is built again from
// every statement of its node at the next write that touches the node, so
// the store reads as one that never had it.
func TestStaleDigestsAreRebuilt(t *testing.T) {
	graphs := graphtest.Hubs(40)
	s := mustOpen(t)
	if _, err := s.PutArticles(t.Context(), graphs[:30]); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`UPDATE entities SET digest = '{}'`,
		`UPDATE events SET digest = replace(digest, '"v":1', '"v":0')`,
		`UPDATE relations SET digest = 'not json'`,
	} {
		if _, err := s.db.ExecContext(t.Context(), stmt); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.PutArticles(t.Context(), graphs[30:]); err != nil {
		t.Fatal(err)
	}
	want := mustOpen(t)
	if _, err := want.PutArticles(t.Context(), graphs); err != nil {
		t.Fatal(err)
	}
	if got, want := graphtest.TakeDump(t, s), graphtest.TakeDump(t, want); !reflect.DeepEqual(got, want) {
		t.Errorf("after stale digests:\ngot  %+v\nwant %+v", got.Stats, want.Stats)
	}
	for _, q := range []string{
		`SELECT digest FROM entities WHERE id = 'country:XO'`,
		`SELECT digest FROM events WHERE id = (SELECT resolved_id FROM event_reports WHERE type = 'Attack' LIMIT 1)`,
		`SELECT digest FROM relations WHERE type = 'PERPETRATED'`,
	} {
		var digest string
		if err := s.db.QueryRowContext(t.Context(), q).Scan(&digest); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(digest, `{"k":`) || strings.Contains(digest, `"v":0`) {
			t.Errorf("%s: got %.60s, want a digest built again", q, digest)
		}
	}
}
