package graph_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

func TestValidateArticleGraph(t *testing.T) {
	c := graphtest.NewCorpus()
	for _, g := range c.Graphs {
		if err := graph.ValidateArticleGraph(g); err != nil {
			t.Fatalf("corpus article %s: %v", g.Article.ID, err)
		}
	}
	// Each case breaks one rule of the toll article (entities: Darnell,
	// Ostrenia, Valdoria, Mira Castell; events: strike, withdrawal,
	// ceasefire; claims: perpetrated, conditioned on, agreed, demanded).
	for _, tc := range []struct {
		name   string
		mutate func(g *graph.ArticleGraph)
		want   string // in the message
	}{
		{"article_id_kind", func(g *graph.ArticleGraph) { g.Article.ID = "person:x" }, "not an article id"},
		{"no_fingerprint", func(g *graph.ArticleGraph) { g.Article.Fingerprint = "" }, "no fingerprint"},
		{"published_format", func(g *graph.ArticleGraph) { g.Article.Published = "16 March 2025" }, "not YYYY-MM-DD"},
		{"text_utf8", func(g *graph.ArticleGraph) { g.Article.Text += "\xff" }, "not valid UTF-8"},
		{"title_utf8", func(g *graph.ArticleGraph) { g.Article.Title = "\xc3" }, "not valid UTF-8"},
		{"entity_type", func(g *graph.ArticleGraph) { g.Entities[0].Entity.Type = "Planet" }, "unknown type"},
		{"entity_id_kind", func(g *graph.ArticleGraph) { g.Entities[0].Entity.ID = "person:darnell" }, "does not name a Location"},
		{"entity_name", func(g *graph.ArticleGraph) { g.Entities[0].Entity.Name = "" }, "has no name"},
		{"entity_twice", func(g *graph.ArticleGraph) { g.Entities = append(g.Entities, g.Entities[0]) }, "listed twice"},
		{"entity_article", func(g *graph.ArticleGraph) { g.Entities[0].ArticleID = "article:other" }, "belongs to article"},
		{"mention_article", func(g *graph.ArticleGraph) { g.Entities[0].Mentions[0].Evidence.ArticleID = "article:other" }, "evidence from article"},
		{"mention_offsets_outside", func(g *graph.ArticleGraph) { g.Entities[0].Mentions[0].Evidence.End = 1 << 20 }, "outside the text"},
		{"mention_offsets_reversed", func(g *graph.ArticleGraph) {
			g.Entities[0].Mentions[0].Evidence.Start = 50
			g.Entities[0].Mentions[0].Evidence.End = 10
		}, "outside the text"},
		{"mention_offsets_elsewhere", func(g *graph.ArticleGraph) {
			g.Entities[0].Mentions[0].Evidence.Start++
			g.Entities[0].Mentions[0].Evidence.End++
		}, "do not hold its sentence"},
		{"mention_confidence", func(g *graph.ArticleGraph) { g.Entities[0].Mentions[0].Confidence = 1.5 }, "outside [0,1]"},
		{"mention_confidence_nan", func(g *graph.ArticleGraph) { g.Entities[0].Mentions[0].Confidence = math.NaN() }, "outside [0,1]"},
		{"event_type", func(g *graph.ArticleGraph) { g.Events[0].Event.Type = "Picnic" }, "unknown type"},
		{"event_id_kind", func(g *graph.ArticleGraph) { g.Events[0].Event.ID = "rel:1" }, "not an event id"},
		{"event_twice", func(g *graph.ArticleGraph) { g.Events = append(g.Events, g.Events[0]) }, "listed twice"},
		{"event_name", func(g *graph.ArticleGraph) { g.Events[0].Event.Name = "" }, "has no name"},
		{"event_date", func(g *graph.ArticleGraph) { g.Events[0].Event.Date.End = "2025-03-01" }, "before it starts"},
		{"event_modality", func(g *graph.ArticleGraph) { g.Events[0].Event.Modality = "" }, "unknown modality"},
		{"event_confidence", func(g *graph.ArticleGraph) { g.Events[0].Event.Confidence = -0.1 }, "outside [0,1]"},
		{"event_location", func(g *graph.ArticleGraph) { g.Events[0].Event.LocationID = "location:elsewhere" }, "location of event"},
		{"event_perpetrator", func(g *graph.ArticleGraph) { g.Events[0].Event.PerpetratorID = "country:ZZ" }, "perpetrator of event"},
		{"event_participant", func(g *graph.ArticleGraph) { g.Events[1].Event.ParticipantIDs = []string{"person:nobody"} }, "participant of event"},
		{"event_casualties", func(g *graph.ArticleGraph) { g.Events[0].Event.Killed = &graph.Count{Value: -1} }, "negative casualty"},
		{"event_article", func(g *graph.ArticleGraph) { g.Events[0].ArticleID = "article:other" }, "belongs to article"},
		{"event_evidence", func(g *graph.ArticleGraph) { g.Events[0].Evidence[0].Sentence = "Something else." }, "do not hold its sentence"},
		{"claim_type", func(g *graph.ArticleGraph) { g.Claims[0].Relation.Type = "LIKES" }, "unknown relation type"},
		{"claim_modality", func(g *graph.ArticleGraph) { g.Claims[0].Relation.Modality = "certain" }, "unknown modality"},
		{"claim_id", func(g *graph.ArticleGraph) { g.Claims[0].Relation.ID = "rel:0" }, "not RelationID"},
		{"claim_missing_end", func(g *graph.ArticleGraph) {
			r := &g.Claims[0].Relation
			r.TargetID = ""
			r.ID = graph.RelationID(r.Type, r.SourceID, r.TargetID, r.Modality)
		}, "missing an end"},
		{"claim_source", func(g *graph.ArticleGraph) {
			r := &g.Claims[0].Relation
			r.SourceID = "country:ZZ"
			r.ID = graph.RelationID(r.Type, r.SourceID, r.TargetID, r.Modality)
		}, "source of claim"},
		{"claim_target", func(g *graph.ArticleGraph) {
			r := &g.Claims[0].Relation
			r.TargetID = "event:attack:undated:0"
			r.ID = graph.RelationID(r.Type, r.SourceID, r.TargetID, r.Modality)
		}, "target of claim"},
		{"claim_speaker", func(g *graph.ArticleGraph) { g.Claims[1].SpeakerID = "person:nobody" }, "speaker of claim"},
		{"claim_confidence", func(g *graph.ArticleGraph) { g.Claims[0].Confidence = 2 }, "outside [0,1]"},
		{"claim_article", func(g *graph.ArticleGraph) { g.Claims[0].ArticleID = "article:other" }, "belongs to article"},
		{"claim_evidence", func(g *graph.ArticleGraph) { g.Claims[0].Evidence.Start = -1 }, "outside the text"},
		{"merge", func(g *graph.ArticleGraph) {
			g.Merges = []graph.Merge{{ID: "merge:0", FromID: c.MiraCastell, IntoID: c.ElinMarr}}
		}, "is not MergeID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := graphtest.NewCorpus().Graphs[2]
			tc.mutate(&g)
			err := graph.ValidateArticleGraph(g)
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("got %v, want %v", err, graph.ErrInvalid)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %q, want it to say %q", err, tc.want)
			}
		})
	}
}

func TestValidateArticleGraph_ReportsEveryProblem(t *testing.T) {
	g := graphtest.NewCorpus().Graphs[0]
	g.Article.Fingerprint = ""
	g.Entities[0].Entity.Name = ""
	g.Claims[0].Confidence = 7
	err := graph.ValidateArticleGraph(g)
	for _, want := range []string{"no fingerprint", "has no name", "outside [0,1]"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want it to say %q", err, want)
		}
	}
}

func TestValidateArticleGraph_OffsetsCountCodePoints(t *testing.T) {
	b := graphtest.NewArticle("https://news.example/codepoints", "2025-04-02")
	s1 := b.Say("Ærø’s mayor — Zoë Ångström — met 🇺🇦 envoys.")
	s2 := b.Say("Ångström spoke first.")
	ang := b.Person("Zoë Ångström", s1)
	b.Mention(ang, "Ångström", s2)
	g := b.Graph()
	if err := graph.ValidateArticleGraph(g); err != nil {
		t.Fatalf("code-point offsets refused: %v", err)
	}
	m := g.Entities[0].Mentions[1]
	if want := len([]rune(s1.Text)) + 1; m.Evidence.Start != want {
		t.Fatalf("fixture: mention starts at %d, want %d", m.Evidence.Start, want)
	}
	// Byte offsets, as a careless extractor might give, are refused.
	start := strings.Index(g.Article.Text, "Ångström spoke")
	g.Entities[0].Mentions[1].Evidence.Start = start
	g.Entities[0].Mentions[1].Evidence.End = start + len([]rune("Ångström"))
	if err := graph.ValidateArticleGraph(g); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("byte offsets: got %v, want %v", err, graph.ErrInvalid)
	}
}

func TestValidateMerge(t *testing.T) {
	m := func(from, into string) graph.Merge {
		return graph.Merge{ID: graph.MergeID(from, into), FromID: from, IntoID: into}
	}
	for _, tc := range []struct {
		name string
		m    graph.Merge
		want error
	}{
		{"entities", m("person:putin", "person:vladimir-putin"), nil},
		{"events", m("event:attack:undated:1", "event:attack:2025-04-13:2"), nil},
		{"empty_from", m("", "person:a"), graph.ErrInvalid},
		{"empty_into", m("person:a", ""), graph.ErrInvalid},
		{"into_itself", m("person:a", "person:a"), graph.ErrConflict},
		{"kinds_differ", m("person:a", "organization:a"), graph.ErrInvalid},
		{"malformed_id", m("nobody", "nobody-else"), graph.ErrInvalid},
		{"articles", m("article:1", "article:2"), graph.ErrInvalid},
		{"relations", m("rel:1", "rel:2"), graph.ErrInvalid},
		{"wrong_id", graph.Merge{ID: graph.MergeID("person:b", "person:a"), FromID: "person:a", IntoID: "person:b"}, graph.ErrInvalid},
	} {
		err := graph.ValidateMerge(tc.m)
		if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
}
