package graphtest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

var putCases = []testCase{
	{"added", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t)
		res := put(t, st, c.Graphs...)
		if len(res) != len(c.Graphs) {
			t.Fatalf("got %d results, want %d", len(res), len(c.Graphs))
		}
		for i, r := range res {
			want := graph.PutResult{ArticleID: c.Graphs[i].Article.ID, Status: graph.Added}
			if r != want {
				t.Errorf("result %d: got %+v, want %+v", i, r, want)
			}
		}
		if got, want := stats(t, st), expectedStats(c.Graphs...); !reflect.DeepEqual(got, want) {
			t.Errorf("Stats:\ngot  %+v\nwant %+v", got, want)
		}
		a, err := graph.GetArticle(t.Context(), st, c.StrikeArticle)
		if err != nil {
			t.Fatal(err)
		}
		if a.LoadedAt.IsZero() {
			t.Error("LoadedAt is zero, want the time of the write")
		}
	}},
	{"unchanged_on_reload", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		before := TakeDump(t, st)
		a, _ := graph.GetArticle(t.Context(), st, c.MeetingArticle)
		res := put(t, st, NewCorpus().Graphs...)
		for i, r := range res {
			if r.Status != graph.Unchanged {
				t.Errorf("result %d: got %s, want %s", i, r.Status, graph.Unchanged)
			}
		}
		if after := TakeDump(t, st); !reflect.DeepEqual(after, before) {
			t.Errorf("reload changed the store:\nbefore %+v\nafter  %+v", before.Stats, after.Stats)
		}
		if b, _ := graph.GetArticle(t.Context(), st, c.MeetingArticle); !b.LoadedAt.Equal(a.LoadedAt) {
			t.Errorf("LoadedAt: got %v, want %v (an unchanged article is not rewritten)", b.LoadedAt, a.LoadedAt)
		}
	}},
	{"repeated_call_changes_nothing", func(t *testing.T, s *suite) {
		one := s.store(t, NewCorpus().Graphs...)
		two := s.store(t, NewCorpus().Graphs...)
		put(t, two, NewCorpus().Graphs...)
		put(t, two, NewCorpus().Graphs[1:]...)
		if a, b := TakeDump(t, one), TakeDump(t, two); !reflect.DeepEqual(a, b) {
			t.Errorf("stores loaded once and three times differ:\nonce  %+v\nthree %+v", a.Stats, b.Stats)
		}
	}},
	{"updated_replaces_statements", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		// A corrected version of the toll article: the ceasefire offer and
		// its condition are gone, a new person speaks, the toll is 36.
		b := NewArticle("https://news.example/darnell-toll-ceasefire-offer", "2025-03-16").Title("Darnell toll rises to 36")
		u1 := b.Say("The death toll from Friday's missile strike on Darnell rose to 36, said Valdorian health minister Petra Solberg.")
		darnell := b.Location("Darnell", u1)
		b.Country("XV", "Valdoria", []string{"Valdorian"}, u1)
		ostrenia := b.Country("XO", "Ostrenia", nil)
		solberg := b.Person("Petra Solberg", u1)
		b.Event(graph.Event{
			Type: graph.Attack, Name: "Darnell missile strike", Date: day("2025-03-14", "Friday"),
			LocationID: darnell, PerpetratorID: ostrenia, Killed: Count(36, ""),
		}, u1)
		fixed := b.Graph()
		if fixed.Article.ID != c.TollArticle {
			t.Fatalf("fixture: corrected article id %s, want %s", fixed.Article.ID, c.TollArticle)
		}
		res := put(t, st, fixed)
		if res[0].Status != graph.Updated {
			t.Errorf("status: got %s, want %s", res[0].Status, graph.Updated)
		}
		want := expectedStats(c.Graphs[0], c.Graphs[1], fixed)
		if got := stats(t, st); !reflect.DeepEqual(got, want) {
			t.Errorf("Stats:\ngot  %+v\nwant %+v", got, want)
		}
		for _, id := range []string{c.Ceasefire, c.Withdrawal} {
			absent(t, st, func() (map[string]graph.Event, error) { return st.Events(t.Context(), []string{id}) }, id)
		}
		absent(t, st, func() (map[string]graph.Relation, error) { return st.Relations(t.Context(), []string{c.Conditions}) }, c.Conditions)
		entity(t, st, solberg)
		// The strike keeps both reports; the toll article's now says 36.
		strike := event(t, st, c.Strike)
		if strike.Articles != 2 || strike.Killed == nil || strike.Killed.Value != 36 {
			t.Errorf("strike: got %d articles, killed %+v; want 2 articles, killed 36", strike.Articles, strike.Killed)
		}
		// The perpetration claim of the toll article went; the strike article's stays.
		if got := claims(t, st, c.Perpetrated); len(got) != 1 || got[0].ArticleID != c.StrikeArticle {
			t.Errorf("claims of %s: got %+v, want only the strike article's", c.Perpetrated, got)
		}
		g, err := st.ArticleGraph(t.Context(), c.TollArticle)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(Normalize(g), Normalize(fixed)) {
			t.Errorf("ArticleGraph after update:\ngot  %+v\nwant %+v", Normalize(g), Normalize(fixed))
		}
	}},
	{"same_article_twice_in_one_batch", func(t *testing.T, s *suite) {
		b := NewArticle("https://news.example/twice", "2025-05-01")
		s1 := b.Say("Ambassador Ruth Okafor arrived.")
		b.Person("Ruth Okafor", s1)
		first := b.Graph()
		s2 := b.Say("She flew to Kestrel Bay.")
		b.Location("Kestrel Bay", s2)
		second := b.Graph()
		st := s.store(t)
		res := put(t, st, first, second)
		if res[0].Status != graph.Added || res[1].Status != graph.Updated {
			t.Errorf("statuses: got %s, %s; want added, updated", res[0].Status, res[1].Status)
		}
		if got, want := stats(t, st), expectedStats(second); !reflect.DeepEqual(got, want) {
			t.Errorf("Stats:\ngot  %+v\nwant %+v", got, want)
		}
	}},
	{"invalid_graph_fails_the_batch", func(t *testing.T, s *suite) {
		c := NewCorpus()
		bad := c.Graphs[2]
		bad.Claims[0].Evidence.Start++ // the offsets no longer hold the sentence
		st := s.store(t)
		_, err := st.PutArticles(t.Context(), []graph.ArticleGraph{c.Graphs[0], c.Graphs[1], bad})
		wantErr(t, "PutArticles", err, graph.ErrInvalid)
		if err != nil && !strings.Contains(err.Error(), bad.Article.ID) {
			t.Errorf("error %q does not name the invalid article %s", err, bad.Article.ID)
		}
		if got, want := stats(t, st), expectedStats(); !reflect.DeepEqual(got, want) {
			t.Errorf("a failed batch wrote: got %+v, want an empty store", got)
		}
	}},
	{"conflicting_merge_fails_the_batch", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs[0])
		applyMerge(t, st, merge(c.TobiasRenn, c.MiraCastell, "test"))
		before := TakeDump(t, st)
		b := NewArticle("https://news.example/castell-renn-again", "2025-03-22")
		s1 := b.Say("Mira Castell and Tobias Renn spoke again.")
		castell, renn := b.Person("Mira Castell", s1), b.Person("Tobias Renn", s1)
		b.Merge(castell, renn, "test") // the reverse of an active merge
		_, err := st.PutArticles(t.Context(), []graph.ArticleGraph{c.Graphs[1], b.Graph()})
		wantErr(t, "PutArticles", err, graph.ErrConflict)
		if after := TakeDump(t, st); !reflect.DeepEqual(after, before) {
			t.Errorf("a failed batch wrote: got %+v, want %+v", after.Stats, before.Stats)
		}
	}},
	{"empty_batch", func(t *testing.T, s *suite) {
		st := s.store(t)
		res, err := st.PutArticles(t.Context(), nil)
		if err != nil || len(res) != 0 {
			t.Errorf("PutArticles(nil): got %v, %v; want no results, no error", res, err)
		}
	}},
	{"merges_in_graph_apply_with_it", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		b := NewArticle("https://news.example/castell-profile", "2025-03-20")
		s1 := b.Say("Castell, a veteran diplomat, returned to Kestrel Bay.")
		short := b.Person("Castell", s1)
		b.Location("Kestrel Bay", s1)
		b.Merge(short, c.MiraCastell, "surname", "Castell", "Mira Castell")
		put(t, st, b.Graph())
		ms, err := graph.AllMerges(t.Context(), st, graph.MergeFilter{NodeID: short})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 || ms[0].IntoID != c.MiraCastell || ms[0].ArticleID != b.ID() || ms[0].Rule != "surname" {
			t.Fatalf("Merges: got %+v, want one surname merge into %s decided by %s", ms, c.MiraCastell, b.ID())
		}
		if e := entity(t, st, short); e.ID != c.MiraCastell || e.Articles != 3 {
			t.Errorf("entity %s: got %s in %d articles, want %s in 3", short, e.ID, e.Articles, c.MiraCastell)
		}
	}},
}

var deleteCases = []testCase{
	{"garbage_collects", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		if err := st.DeleteArticle(t.Context(), c.TollArticle); err != nil {
			t.Fatal(err)
		}
		if got, want := stats(t, st), expectedStats(c.Graphs[0], c.Graphs[1]); !reflect.DeepEqual(got, want) {
			t.Errorf("Stats:\ngot  %+v\nwant %+v", got, want)
		}
		for _, id := range []string{c.Ceasefire, c.Withdrawal} {
			absent(t, st, func() (map[string]graph.Event, error) { return st.Events(t.Context(), []string{id}) }, id)
		}
		strike := event(t, st, c.Strike)
		if strike.Articles != 1 || strike.Killed == nil || strike.Killed.Value != 34 {
			t.Errorf("strike: got %d articles, killed %+v; want 1 article, killed 34", strike.Articles, strike.Killed)
		}
		if r := relation(t, st, c.Perpetrated); r.Articles != 1 || r.Confidence != 0.6 {
			t.Errorf("perpetrated: got %d articles, confidence %v; want 1, 0.6", r.Articles, r.Confidence)
		}
		if e := entity(t, st, c.MiraCastell); e.Articles != 1 {
			t.Errorf("Mira Castell: got %d articles, want 1", e.Articles)
		}
		absent(t, st, func() (map[string]graph.Article, error) { return st.Articles(t.Context(), []string{c.TollArticle}) }, c.TollArticle)
	}},
	{"everything_deleted_leaves_nothing", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		for _, g := range c.Graphs {
			if err := st.DeleteArticle(t.Context(), g.Article.ID); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := stats(t, st), expectedStats(); !reflect.DeepEqual(got, want) {
			t.Errorf("Stats: got %+v, want an empty store", got)
		}
	}},
	{"not_found", func(t *testing.T, s *suite) {
		st := s.store(t, NewCorpus().Graphs...)
		err := st.DeleteArticle(t.Context(), graph.ArticleID("https://news.example/never-loaded", "", "", ""))
		wantErr(t, "DeleteArticle", err, graph.ErrNotFound)
	}},
}

var articleGraphCases = []testCase{
	{"round_trips", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		for _, want := range NewCorpus().Graphs {
			got, err := st.ArticleGraph(t.Context(), want.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Article.LoadedAt.IsZero() {
				t.Errorf("%s: LoadedAt is zero", want.Article.ID)
			}
			if len(got.Merges) != 0 {
				t.Errorf("%s: got merges %+v, want none", want.Article.ID, got.Merges)
			}
			if !reflect.DeepEqual(Normalize(got), Normalize(want)) {
				t.Errorf("%s:\ngot  %+v\nwant %+v", want.Article.ID, Normalize(got), Normalize(want))
			}
		}
	}},
	{"copies_to_another_store", func(t *testing.T, s *suite) {
		c := NewCorpus()
		from := s.store(t, c.Graphs...)
		to := s.store(t)
		for _, a := range TakeDump(t, from).Articles {
			g, err := from.ArticleGraph(t.Context(), a.ID)
			if err != nil {
				t.Fatal(err)
			}
			put(t, to, g)
		}
		if a, b := TakeDump(t, from), TakeDump(t, to); !reflect.DeepEqual(a, b) {
			t.Errorf("copy differs:\nfrom %+v\nto   %+v", a.Stats, b.Stats)
		}
	}},
	{"ids_as_stated_after_merge", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		m := graph.Merge{ID: graph.MergeID(c.TobiasRenn, c.MiraCastell), FromID: c.TobiasRenn, IntoID: c.MiraCastell, Rule: "test"}
		if err := st.ApplyMerge(t.Context(), m); err != nil {
			t.Fatal(err)
		}
		got, err := st.ArticleGraph(t.Context(), c.MeetingArticle)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(Normalize(got), Normalize(c.Graphs[0])) {
			t.Errorf("ArticleGraph follows merges:\ngot  %+v\nwant %+v", Normalize(got), Normalize(c.Graphs[0]))
		}
	}},
	{"not_found", func(t *testing.T, s *suite) {
		st := s.store(t, NewCorpus().Graphs...)
		_, err := st.ArticleGraph(t.Context(), graph.ArticleID("https://news.example/never-loaded", "", "", ""))
		wantErr(t, "ArticleGraph", err, graph.ErrNotFound)
	}},
}
