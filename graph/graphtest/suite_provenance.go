package graphtest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// inText checks that ev's offsets, in code points, hold its sentence in the
// text of its article.
func inText(t *testing.T, st graph.Store, ev graph.Evidence) {
	t.Helper()
	a, err := graph.GetArticle(t.Context(), st, ev.ArticleID)
	if err != nil {
		t.Fatalf("evidence article: %v", err)
	}
	runes := []rune(a.Text)
	if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End {
		t.Fatalf("evidence [%d,%d) outside the text of %s", ev.Start, ev.End, ev.ArticleID)
	}
	if got := string(runes[ev.Start:ev.End]); got != ev.Sentence {
		t.Errorf("evidence [%d,%d) of %s: got %q, want %q", ev.Start, ev.End, ev.ArticleID, got, ev.Sentence)
	}
}

// mentionInText checks that a mention's own offsets hold its text inside
// its evidence sentence, and the sentence's offsets the sentence.
func mentionInText(t *testing.T, st graph.Store, m graph.Mention) {
	t.Helper()
	inText(t, st, m.Evidence)
	a, err := graph.GetArticle(t.Context(), st, m.Evidence.ArticleID)
	if err != nil {
		t.Fatalf("mention article: %v", err)
	}
	runes := []rune(a.Text)
	if m.Start < m.Evidence.Start || m.End > m.Evidence.End || m.Start > m.End {
		t.Fatalf("mention %q at [%d,%d) is outside its sentence [%d,%d)", m.Text, m.Start, m.End, m.Evidence.Start, m.Evidence.End)
	}
	if got := string(runes[m.Start:m.End]); got != m.Text {
		t.Errorf("mention [%d,%d) of %s: got %q, want %q", m.Start, m.End, m.Evidence.ArticleID, got, m.Text)
	}
}

var provenanceCases = []testCase{
	{"claims_carry_article_sentence_confidence_speaker", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		got := claims(t, st, c.Perpetrated)
		if len(got) != 2 {
			t.Fatalf("got %d claims, want 2", len(got))
		}
		want := []struct {
			article, sentence, speaker string
			confidence                 float64
		}{
			// Newest article first.
			{c.TollArticle, c.Graphs[2].Claims[0].Evidence.Sentence, "", 0.8},
			{c.StrikeArticle, "Ostrenia carried out the strike, according to Valdoria.", c.Valdoria, 0.6},
		}
		for i, w := range want {
			cl := got[i]
			if cl.ArticleID != w.article || cl.Evidence.ArticleID != w.article || cl.Evidence.Sentence != w.sentence ||
				cl.SpeakerID != w.speaker || cl.Confidence != w.confidence {
				t.Errorf("claim %d: got %+v, want article %s, sentence %q, speaker %q, confidence %v",
					i, cl, w.article, w.sentence, w.speaker, w.confidence)
			}
			r := cl.Relation
			if r.ID != c.Perpetrated || r.Type != graph.Perpetrated || r.SourceID != c.Ostrenia || r.TargetID != c.Strike || r.Modality != graph.Asserted {
				t.Errorf("claim %d relation: got %+v, want %s PERPETRATED %s", i, r, c.Ostrenia, c.Strike)
			}
			inText(t, st, cl.Evidence)
		}
	}},
	{"mentions_newest_article_first", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		m, err := st.Mentions(t.Context(), []string{c.Valdoria}, graph.Page{First: 100})
		if err != nil {
			t.Fatal(err)
		}
		got := m[c.Valdoria]
		if got.TotalCount != 7 || len(got.Mentions) != 7 {
			t.Fatalf("got %d mentions (total %d), want 7", len(got.Mentions), got.TotalCount)
		}
		wantArticles := []string{c.TollArticle, c.TollArticle, c.TollArticle, c.StrikeArticle, c.StrikeArticle, c.MeetingArticle, c.MeetingArticle}
		for i, mn := range got.Mentions {
			if mn.Evidence.ArticleID != wantArticles[i] {
				t.Errorf("mention %d: got article %s, want %s", i, mn.Evidence.ArticleID, wantArticles[i])
			}
			if mn.Text != "Valdoria" && mn.Text != "Valdorian" {
				t.Errorf("mention %d: got text %q", i, mn.Text)
			}
			if mn.Confidence <= 0 {
				t.Errorf("mention %d: got confidence %v", i, mn.Confidence)
			}
			mentionInText(t, st, mn)
		}
	}},
	{"mentions_carry_their_own_offsets", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		m, err := st.Mentions(t.Context(), []string{c.MiraCastell}, graph.Page{First: 100})
		if err != nil {
			t.Fatal(err)
		}
		// "Castell said further talks were possible next month." is the
		// third sentence of the meeting article.
		a, err := graph.GetArticle(t.Context(), st, c.MeetingArticle)
		if err != nil {
			t.Fatal(err)
		}
		sentence := "Castell said further talks were possible next month."
		at := len([]rune(a.Text[:strings.Index(a.Text, sentence)]))
		want := graph.Mention{Text: "Castell", Start: at, End: at + len("Castell"), Confidence: 0.9,
			Evidence: graph.Evidence{ArticleID: c.MeetingArticle, Sentence: sentence, Start: at, End: at + len([]rune(sentence))}}
		found := false
		for _, mn := range m[c.MiraCastell].Mentions {
			mentionInText(t, st, mn)
			if mn.Text == "Castell" {
				found = true
				if !reflect.DeepEqual(mn, want) {
					t.Errorf("the surname mention:\ngot  %+v\nwant %+v", mn, want)
				}
			}
		}
		if !found {
			t.Errorf("no mention %q among %+v", "Castell", m[c.MiraCastell].Mentions)
		}
	}},
	{"articles_mentioning_a_node", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		for _, tc := range []struct {
			id   string
			want []string
		}{
			{c.MiraCastell, []string{c.TollArticle, c.MeetingArticle}},
			{c.Strike, []string{c.TollArticle, c.StrikeArticle}},
			{c.ElinMarr, []string{c.StrikeArticle}},
			{"person:nobody-at-all", nil},
		} {
			p, err := st.FindArticles(t.Context(), graph.ArticleFilter{MentioningID: tc.id})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(p.Articles, func(a graph.Article) string { return a.ID })
			if !reflect.DeepEqual(got, tc.want) && (len(got) > 0 || len(tc.want) > 0) {
				t.Errorf("articles mentioning %s: got %v, want %v", tc.id, got, tc.want)
			}
		}
	}},
}

var eventCases = []testCase{
	{"two_reports_different_casualties", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		e := event(t, st, c.Strike)
		if e.Articles != 2 {
			t.Errorf("Articles: got %d, want 2", e.Articles)
		}
		if e.Killed == nil || e.Killed.Value != 35 {
			t.Errorf("Killed: got %+v, want 35 (the higher of two single reports)", e.Killed)
		}
		if e.Date.Start != "2025-03-14" || e.LocationID != c.Darnell || e.PerpetratorID != c.Ostrenia {
			t.Errorf("got date %s, place %s, perpetrator %s; want 2025-03-14, %s, %s", e.Date.Start, e.LocationID, e.PerpetratorID, c.Darnell, c.Ostrenia)
		}
		if e.Confidence != 0.98 {
			t.Errorf("Confidence: got %v, want 0.98 (0.9 and 0.8 combined)", e.Confidence)
		}
		m, err := st.EventReports(t.Context(), []string{c.Strike}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		reports := m[c.Strike].Reports
		if len(reports) != 2 || m[c.Strike].TotalCount != 2 {
			t.Fatalf("got %d reports, want 2", len(reports))
		}
		want := []struct {
			article string
			killed  int
			qual    string
		}{{c.TollArticle, 35, ""}, {c.StrikeArticle, 34, "at least"}}
		for i, w := range want {
			r := reports[i]
			if r.ArticleID != w.article || r.Event.Killed == nil || r.Event.Killed.Value != w.killed || r.Event.Killed.Qualifier != w.qual {
				t.Errorf("report %d: got article %s, killed %+v; want %s, %s %d", i, r.ArticleID, r.Event.Killed, w.article, w.qual, w.killed)
			}
			if r.Event.ID != c.Strike || len(r.Evidence) != 2 {
				t.Errorf("report %d: got event %s with %d evidence sentences, want %s with 2", i, r.Event.ID, len(r.Evidence), c.Strike)
			}
			for _, ev := range r.Evidence {
				inText(t, st, ev)
			}
		}
	}},
	{"conditional_and_undated", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		e := event(t, st, c.Ceasefire)
		if e.Modality != graph.Conditional || !e.Date.IsZero() || !reflect.DeepEqual(e.ParticipantIDs, []string{c.Ostrenia, c.Valdoria}) {
			t.Errorf("ceasefire: got %+v, want conditional, undated, participants %s and %s", e, c.Ostrenia, c.Valdoria)
		}
	}},
	{"nodes_follow_the_summarize_rules", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		wantSummaries(t, st, c.Graphs)
	}},
}

// normalizeEntity treats nil and empty alias lists alike.
func normalizeEntity(e graph.Entity) graph.Entity {
	e.Aliases = nonEmpty(e.Aliases)
	return e
}

func normalizeEvent(e graph.Event) graph.Event {
	e.ParticipantIDs = nonEmpty(e.ParticipantIDs)
	return e
}

var relationCases = []testCase{
	{"confidence_combines_claims", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		r := relation(t, st, c.Perpetrated)
		if r.Articles != 2 || r.Confidence != 0.92 {
			t.Errorf("got %d articles, confidence %v; want 2, 0.92 (1 - 0.4 × 0.2)", r.Articles, r.Confidence)
		}
		if r := relation(t, st, c.Condemned); r.Articles != 1 || r.Confidence != 0.95 {
			t.Errorf("condemned: got %d articles, confidence %v; want 1, 0.95", r.Articles, r.Confidence)
		}
	}},
	{"symmetric_met_with_stored_once", func(t *testing.T, s *suite) {
		c := NewCorpus()
		b := NewArticle("https://news.example/renn-castell-again", "2025-03-18")
		s1 := b.Say("Tobias Renn met Mira Castell again in Kestrel Bay.")
		renn, castell := b.Person("Tobias Renn", s1), b.Person("Mira Castell", s1)
		b.Location("Kestrel Bay", s1)
		id := b.Relate(s1, graph.MetWith, renn, castell)
		if id != c.MetWith {
			t.Fatalf("fixture: reversed MET_WITH id %s, want %s", id, c.MetWith)
		}
		st := s.store(t, append(c.Graphs, b.Graph())...)
		if n := stats(t, st).RelationTypes[graph.MetWith]; n != 2 {
			t.Errorf("MET_WITH relations: got %d, want 2 (asserted and possible)", n)
		}
		r := relation(t, st, c.MetWith)
		lo, hi := min(renn, castell), max(renn, castell)
		if r.Articles != 2 || r.SourceID != lo || r.TargetID != hi {
			t.Errorf("got %+v, want 2 articles, %s → %s", r, lo, hi)
		}
		for _, node := range []string{renn, castell} {
			for _, dir := range []graph.Direction{graph.Outgoing, graph.Incoming, graph.Both} {
				m, err := st.RelationsOf(t.Context(), []string{node}, graph.RelationFilter{Direction: dir, Types: []graph.RelationType{graph.MetWith}})
				if err != nil {
					t.Fatal(err)
				}
				if got := relationIDs(m[node].Relations); !contains(got, c.MetWith) {
					t.Errorf("RelationsOf(%s, %s): got %v, want it to hold %s", node, dir, got, c.MetWith)
				}
			}
		}
	}},
	{"role_kept", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		id := graph.RelationID(graph.AffiliatedWith, c.MiraCastell, c.Valdoria, graph.Asserted)
		if r := relation(t, st, id); r.Role != "envoy" {
			t.Errorf("role: got %q, want envoy", r.Role)
		}
		if r := relation(t, st, graph.RelationID(graph.Leads, c.ElinMarr, c.Valdoria, graph.Asserted)); r.Role != "President" {
			t.Errorf("role: got %q, want President", r.Role)
		}
	}},
	{"same_ends_other_modality_is_another_relation", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		possible := graph.RelationID(graph.MetWith, c.MiraCastell, c.TobiasRenn, graph.Possible)
		if possible == c.MetWith {
			t.Fatal("fixture: possible and asserted MET_WITH share an id")
		}
		r := relation(t, st, possible)
		if r.Modality != graph.Possible || r.Confidence != 0.5 {
			t.Errorf("got %+v, want possible, confidence 0.5", r)
		}
		if cs := claims(t, st, possible); len(cs) != 1 || cs[0].SpeakerID != c.MiraCastell {
			t.Errorf("claims: got %+v, want one spoken by %s", cs, c.MiraCastell)
		}
	}},
}
