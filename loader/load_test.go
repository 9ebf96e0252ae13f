package loader_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/sqlite"
	"github.com/geokg/geokg/loader"
)

// mustOpenStore opens a SQLite store in a fresh temp dir, closed at the end
// of the test.
func mustOpenStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "geokg.db"), sqlite.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s
}

func mustStats(tb testing.TB, s graph.Store) graph.Stats {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// sameCounts compares the totals that must not move on a reload.
func sameCounts(a, b graph.Stats) bool {
	return a.Articles == b.Articles && a.Entities == b.Entities && a.Events == b.Events &&
		a.Relations == b.Relations && a.Claims == b.Claims && a.Mentions == b.Mentions && a.Merges == b.Merges
}

// writeArticles writes n text articles into a fresh folder.
func writeArticles(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		a := testArticle(i)
		body := a.Title + "\nDate: " + a.Published + "\n\n" + a.Text + "\n"
		name := filepath.Join(dir, strings.ReplaceAll(a.Title, " ", "-")+".txt")
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad_ReloadChangesNothing(t *testing.T) {
	dir := writeArticles(t, 25)
	for _, batch := range []int{1, 7, 100} {
		t.Run("batch="+itoa(batch), func(t *testing.T) {
			s := mustOpenStore(t)
			l := &loader.Loader{Store: s, Extractor: countryExtractor{}, BatchSize: batch, Workers: 3}
			in := &loader.Input{Paths: []string{dir}}
			first, err := l.Load(context.Background(), in.Articles(context.Background()))
			if err != nil {
				t.Fatal(err)
			}
			if first.Added != 25 || first.Articles() != 25 || first.Skipped != 0 {
				t.Fatalf("first load: got %+v, want 25 added", first)
			}
			if first.After.Articles != 25 || first.After.Entities != 6 || first.After.Relations == 0 {
				t.Errorf("first load: got store %+v, want 25 articles, 6 countries, some relations", first.After)
			}
			if got := mustStats(t, s); !sameCounts(got, first.After) {
				t.Errorf("summary says %+v, store says %+v", first.After, got)
			}
			second, err := l.Load(context.Background(), in.Articles(context.Background()))
			if err != nil {
				t.Fatal(err)
			}
			if second.Unchanged != 25 || second.Added != 0 || second.Updated != 0 {
				t.Errorf("second load: got %+v, want 25 unchanged", second)
			}
			if !sameCounts(second.Before, second.After) || !sameCounts(first.After, second.After) {
				t.Errorf("second load moved the counts: %+v → %+v", second.Before, second.After)
			}
		})
	}
}

// The batch size and the number of workers decide how fast a load goes,
// never what it writes.
func TestLoad_SameGraphWhateverTheSchedule(t *testing.T) {
	items := testItems(40)
	var want []byte
	for i, cfg := range []struct{ batch, workers int }{{1, 1}, {3, 8}, {40, 2}, {100, 4}} {
		s := mustOpenStore(t)
		l := &loader.Loader{Store: s, Extractor: slowExtractor{}, BatchSize: cfg.batch, Workers: cfg.workers}
		if _, err := l.Load(context.Background(), slices.Values(items)); err != nil {
			t.Fatal(err)
		}
		got := dumpArticles(t, s, items)
		if i == 0 {
			want = got
		} else if string(got) != string(want) {
			t.Errorf("batch %d, workers %d: the store differs from batch 1, workers 1", cfg.batch, cfg.workers)
		}
	}
}

// dumpArticles renders what the store holds for each article, as the
// extraction format does, for comparing stores.
func dumpArticles(t *testing.T, s graph.Store, items []loader.Item) []byte {
	t.Helper()
	var b strings.Builder
	for _, it := range items {
		g, err := s.ArticleGraph(context.Background(), it.Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(docJSON(t, g))
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func TestLoad_SkipsBadInputs(t *testing.T) {
	s := mustOpenStore(t)
	var logged strings.Builder
	l := &loader.Loader{Store: s, Extractor: countryExtractor{}, Logger: textLogger(&logged)}
	in := &loader.Input{Paths: []string{"testdata/bad", "testdata/json/articles.jsonl", "testdata/folder"}}
	sum, err := l.Load(context.Background(), in.Articles(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	// testdata/bad holds 7 unreadable files; articles.jsonl 2 good lines
	// and 5 bad ones; testdata/folder 4 good articles.
	if sum.Added != 6 || sum.Skipped != 12 {
		t.Errorf("got %d added, %d skipped, want 6 and 12; errors: %v", sum.Added, sum.Skipped, sum.Errors)
	}
	if got := mustStats(t, s).Articles; got != 6 {
		t.Errorf("store holds %d articles, want 6", got)
	}
	if len(sum.Errors) != sum.Skipped {
		t.Fatalf("got %d errors for %d skipped items", len(sum.Errors), sum.Skipped)
	}
	if want := "testdata/bad/baddate.txt: unrecognised date"; !strings.HasPrefix(sum.Errors[0].Error(), want) {
		t.Errorf("first error: got %q, want it to start with %q", sum.Errors[0], want)
	}
	if want := "testdata/json/articles.jsonl:3: malformed JSON"; !strings.Contains(logged.String(), want) {
		t.Errorf("log does not name %q:\n%s", want, logged.String())
	}
}

func TestLoad_Strict(t *testing.T) {
	items := testItems(10)
	bad := &loader.InputError{Path: "feed.jsonl", Line: 6, Err: loader.ErrEmpty}
	items[5] = loader.Item{Article: graph.Article{Source: "feed.jsonl:6"}, Err: bad}
	s := mustOpenStore(t)
	l := &loader.Loader{Store: s, Extractor: countryExtractor{}, Strict: true, BatchSize: 3}
	sum, err := l.Load(context.Background(), slices.Values(items))
	if !errors.Is(err, loader.ErrEmpty) || !strings.Contains(err.Error(), "feed.jsonl:6") {
		t.Fatalf("got error %v, want the first bad item's", err)
	}
	// Everything before the bad item is written, whatever the batch size;
	// nothing after it.
	if sum.Added != 5 || sum.Skipped != 1 {
		t.Errorf("got %+v, want 5 added and 1 skipped", sum)
	}
	for i, it := range items {
		if i == 5 {
			continue
		}
		_, err := graph.GetArticle(context.Background(), s, it.Article.ID)
		if written := err == nil; written != (i < 5) {
			t.Errorf("article %d: written %v, want %v (%v)", i, written, i < 5, err)
		}
	}
}

func TestLoad_SameArticleTwiceInOneBatch(t *testing.T) {
	items := testItems(3)
	changed := items[0]
	changed.Article.Title = "Talks 0, updated"
	items = append(items, items[0], changed)
	s := mustOpenStore(t)
	l := &loader.Loader{Store: s, Extractor: countryExtractor{}, BatchSize: 100}
	sum, err := l.Load(context.Background(), slices.Values(items))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 3 || sum.Unchanged != 1 || sum.Updated != 1 {
		t.Errorf("got %+v, want 3 added, 1 unchanged, 1 updated", sum)
	}
	a, err := graph.GetArticle(context.Background(), s, items[0].Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks 0, updated" {
		t.Errorf("got title %q, want the last version's", a.Title)
	}
}

func TestLoad_NewExtractorUpdates(t *testing.T) {
	items := testItems(4)
	s := mustOpenStore(t)
	ctx := context.Background()
	if _, err := (&loader.Loader{Store: s, Extractor: countryExtractor{}}).Load(ctx, slices.Values(items)); err != nil {
		t.Fatal(err)
	}
	sum, err := (&loader.Loader{Store: s, Extractor: countryExtractor{version: "countries/2"}}).Load(ctx, slices.Values(items))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated != 4 {
		t.Errorf("got %+v, want all 4 updated by a new extractor", sum)
	}
}

// cancellingStore cancels the load's context once n batches are written,
// as a Ctrl-C between batches would.
type cancellingStore struct {
	graph.Store
	cancel  context.CancelFunc
	after   int32
	batches atomic.Int32
}

func (s *cancellingStore) PutArticles(ctx context.Context, gs []graph.ArticleGraph) ([]graph.PutResult, error) {
	res, err := s.Store.PutArticles(ctx, gs)
	if s.batches.Add(1) == s.after {
		s.cancel()
	}
	return res, err
}

func TestLoad_CancelLeavesWholeBatches(t *testing.T) {
	base := mustOpenStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &cancellingStore{Store: base, cancel: cancel, after: 2}
	l := &loader.Loader{Store: s, Extractor: countryExtractor{}, BatchSize: 10, Workers: 2}
	sum, err := l.Load(ctx, slices.Values(testItems(100)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got error %v, want context.Canceled", err)
	}
	st := mustStats(t, base)
	if st.Articles != 20 || sum.Added != 20 {
		t.Errorf("got %d articles stored and %d reported, want the 2 batches written: 20", st.Articles, sum.Added)
	}
	if !sameCounts(sum.After, st) {
		t.Errorf("summary after cancel says %+v, store says %+v", sum.After, st)
	}
}

// recordingResolver checks that it runs between extraction and the write,
// against the store as earlier batches left it.
type recordingResolver struct {
	t       *testing.T
	written int
	sizes   []int
}

func (r *recordingResolver) Resolve(ctx context.Context, s graph.Store, batch []graph.ArticleGraph) ([]graph.ArticleGraph, error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return nil, err
	}
	if st.Articles != r.written {
		r.t.Errorf("resolver sees %d articles in the store, want %d", st.Articles, r.written)
	}
	for _, g := range batch {
		if g.Article.Fingerprint == "" {
			r.t.Errorf("resolver got %s before it was fingerprinted", g.Article.Source)
		}
	}
	r.written += len(batch)
	r.sizes = append(r.sizes, len(batch))
	return batch, nil
}

func TestLoad_ResolverRunsPerBatch(t *testing.T) {
	r := &recordingResolver{t: t}
	l := &loader.Loader{Store: mustOpenStore(t), Extractor: countryExtractor{}, Resolver: r, BatchSize: 4}
	if _, err := l.Load(context.Background(), slices.Values(testItems(10))); err != nil {
		t.Fatal(err)
	}
	if got, want := r.sizes, []int{4, 4, 2}; !slices.Equal(got, want) {
		t.Errorf("got batches of %v, want %v", got, want)
	}
}

func TestLoad_ResolverErrorStops(t *testing.T) {
	s := mustOpenStore(t)
	l := &loader.Loader{Store: s, Extractor: countryExtractor{}, Resolver: failingResolver{}, BatchSize: 4}
	_, err := l.Load(context.Background(), slices.Values(testItems(10)))
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("got %v, want the resolver's error", err)
	}
	if n := mustStats(t, s).Articles; n != 0 {
		t.Errorf("store holds %d articles, want none written after the resolver failed", n)
	}
}

type failingResolver struct{}

func (failingResolver) Resolve(context.Context, graph.Store, []graph.ArticleGraph) ([]graph.ArticleGraph, error) {
	return nil, graph.ErrUnavailable
}

func TestLoad_Progress(t *testing.T) {
	var calls []loader.Progress
	items := testItems(5)
	items[2] = loader.Item{Article: graph.Article{Source: "x"}, Err: &loader.InputError{Path: "x", Err: loader.ErrEmpty}}
	l := &loader.Loader{Store: mustOpenStore(t), Extractor: countryExtractor{}, BatchSize: 2,
		Progress: func(p loader.Progress) { calls = append(calls, p) }}
	if _, err := l.Load(context.Background(), slices.Values(items)); err != nil {
		t.Fatal(err)
	}
	last := calls[len(calls)-1]
	if last.Done != 5 || last.Skipped != 1 || last.Written != 4 {
		t.Errorf("last progress: got %+v, want 5 done, 1 skipped, 4 written", last)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i].Done < calls[i-1].Done || calls[i].Written < calls[i-1].Written {
			t.Errorf("progress went backwards: %+v then %+v", calls[i-1], calls[i])
		}
	}
}

func TestSummary_String(t *testing.T) {
	s := loader.Summary{Added: 5, Updated: 1, Unchanged: 2, Skipped: 1,
		Before: graph.Stats{Entities: 10, Events: 2, Relations: 4},
		After:  graph.Stats{Entities: 14, Events: 3, Relations: 4},
	}
	want := "8 articles (5 added, 1 updated, 2 unchanged), 1 skipped; store: 14 entities (+4), 3 events (+1), 4 relations (+0); 0s, 0.0 articles/s"
	if got := s.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// docJSON renders g in the extraction format.
func docJSON(t *testing.T, g graph.ArticleGraph) string {
	t.Helper()
	b, err := json.Marshal(loader.NewDocument(g))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func textLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// spoilingResolver damages chosen articles of each batch the way a faulty
// resolution or a store disagreement might: a merge the store refuses, or a
// graph it refuses outright.
type spoilingResolver struct {
	badMerge, badGraph map[int]bool // by position in the input
	seen               int
}

func (r *spoilingResolver) Resolve(_ context.Context, _ graph.Store, batch []graph.ArticleGraph) ([]graph.ArticleGraph, error) {
	for i := range batch {
		g := &batch[i]
		if r.badMerge[r.seen] {
			// An entity into an article: not of one kind, so refused.
			from := g.Entities[0].Entity.ID
			g.Merges = append(g.Merges, graph.Merge{ID: graph.MergeID(from, g.Article.ID), FromID: from, IntoID: g.Article.ID, Rule: "test"})
		}
		if r.badGraph[r.seen] {
			g.Claims = append(g.Claims, graph.Claim{Relation: graph.Relation{Type: "LIKED"}})
		}
		r.seen++
	}
	return batch, nil
}

// A batch the store refuses is written article by article: an article whose
// merges were refused is kept without them, one refused outright is skipped
// and named, and every other article of the batch is written.
func TestLoad_RefusedBatchLosesOnlyTheFaultyArticle(t *testing.T) {
	s := mustOpenStore(t)
	r := &spoilingResolver{badMerge: map[int]bool{1: true}, badGraph: map[int]bool{6: true}}
	var logs strings.Builder
	l := &loader.Loader{Store: s, Extractor: countryExtractor{}, Resolver: r, BatchSize: 4, Logger: textLogger(&logs)}
	sum, err := l.Load(context.Background(), slices.Values(testItems(10)))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 9 || sum.Skipped != 1 {
		t.Errorf("got %d added and %d skipped, want 9 and 1", sum.Added, sum.Skipped)
	}
	if n := mustStats(t, s).Articles; n != 9 {
		t.Errorf("store holds %d articles, want 9", n)
	}
	if len(sum.Errors) != 1 || !errors.Is(sum.Errors[0], graph.ErrInvalid) {
		t.Errorf("got errors %v, want the one refused article's", sum.Errors)
	}
	if !strings.Contains(logs.String(), "merges refused") {
		t.Errorf("log does not say the merges were dropped:\n%s", logs.String())
	}
}
