package graph_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

func entityReport(article, id, name string, forms ...string) graph.EntityReport {
	r := graph.EntityReport{ArticleID: article, Entity: graph.Entity{ID: id, Type: graph.EntityType(graph.IDType(id)), Name: name}}
	for _, f := range forms {
		r.Mentions = append(r.Mentions, graph.Mention{Text: f})
	}
	return r
}

func TestSummarizeEntity(t *testing.T) {
	const id = "person:vladimir-putin"
	for _, tc := range []struct {
		name    string
		reports []graph.EntityReport
		want    graph.Entity
	}{
		{"own_name_most_given", []graph.EntityReport{
			entityReport("article:1", id, "Vladimir Putin", "Putin"),
			entityReport("article:2", id, "Vladimir Putin"),
			entityReport("article:3", id, "Vladimir V. Putin"),
		}, graph.Entity{ID: id, Type: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Putin", "Vladimir V. Putin"}, Articles: 3}},
		{"merged_in_names_do_not_name_it", []graph.EntityReport{
			entityReport("article:1", "person:putin", "Putin"),
			entityReport("article:2", "person:putin", "Putin"),
			entityReport("article:3", id, "Vladimir Putin"),
		}, graph.Entity{ID: id, Type: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}, Articles: 3}},
		{"tie_goes_to_the_smaller_name", []graph.EntityReport{
			entityReport("article:1", id, "Wladimir Putin"),
			entityReport("article:2", id, "Vladimir Putin"),
		}, graph.Entity{ID: id, Type: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Wladimir Putin"}, Articles: 2}},
		{"none_own_longest_wins", []graph.EntityReport{
			entityReport("article:1", "person:putin", "Putin"),
			entityReport("article:2", "person:v-putin", "V. Putin"),
		}, graph.Entity{ID: id, Type: graph.Person, Name: "V. Putin", Aliases: []string{"Putin"}, Articles: 2}},
		{"aliases_without_case_duplicates", []graph.EntityReport{
			entityReport("article:1", id, "Vladimir Putin", "PUTIN", "vladimir putin", " Putin "),
			entityReport("article:2", id, "Vladimir Putin", "putin"),
		}, graph.Entity{ID: id, Type: graph.Person, Name: "Vladimir Putin", Aliases: []string{"PUTIN"}, Articles: 2}},
		{"one_article_twice", []graph.EntityReport{
			entityReport("article:1", id, "Vladimir Putin"),
			entityReport("article:1", "person:putin", "Putin"),
		}, graph.Entity{ID: id, Type: graph.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}, Articles: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.SummarizeEntity(id, tc.reports); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestSummarizeEntity_KindAndCode(t *testing.T) {
	a := entityReport("article:1", "country:UA", "Ukraine")
	b := entityReport("article:2", "country:UA", "Ukraine")
	b.Entity.Code, b.Entity.Kind = "UA", "state"
	c := entityReport("article:3", "country:UA", "Ukraine")
	c.Entity.Code, c.Entity.Kind = "XX", "other"
	got := graph.SummarizeEntity("country:UA", []graph.EntityReport{c, a, b})
	if got.Code != "UA" || got.Kind != "state" {
		t.Errorf("got code %q, kind %q; want the first given by article order: UA, state", got.Code, got.Kind)
	}
}

func eventReport(article string, e graph.Event) graph.EventReport {
	if e.ID == "" {
		e.ID = "event:attack:2025-04-13:1"
	}
	if e.Type == "" {
		e.Type = graph.Attack
	}
	if e.Modality == "" {
		e.Modality = graph.Asserted
	}
	return graph.EventReport{ArticleID: article, Event: e}
}

func count(n int, q string) *graph.Count {
	return &graph.Count{Value: n, Qualifier: q, Min: n}
}

func TestSummarizeEvent(t *testing.T) {
	const id = "event:attack:2025-04-13:1"
	day := func(d string) graph.Date { return graph.Date{Start: d, End: d, Precision: graph.Day} }
	month := graph.Date{Start: "2025-04-01", End: "2025-04-30", Precision: graph.Month}
	dozens := &graph.Count{Vague: true, Min: 24, Text: "dozens"}
	for _, tc := range []struct {
		name    string
		reports []graph.EventReport
		check   func(t *testing.T, e graph.Event)
	}{
		{"casualties_most_reported", []graph.EventReport{
			eventReport("article:1", graph.Event{Killed: count(34, "")}),
			eventReport("article:2", graph.Event{Killed: count(35, "")}),
			eventReport("article:3", graph.Event{Killed: count(34, "")}),
		}, func(t *testing.T, e graph.Event) {
			if e.Killed.Value != 34 {
				t.Errorf("killed: got %+v, want 34, given twice", e.Killed)
			}
		}},
		{"casualties_tie_takes_the_higher", []graph.EventReport{
			eventReport("article:1", graph.Event{Killed: count(34, "at least")}),
			eventReport("article:2", graph.Event{Killed: count(35, "")}),
		}, func(t *testing.T, e graph.Event) {
			if e.Killed.Value != 35 {
				t.Errorf("killed: got %+v, want 35", e.Killed)
			}
		}},
		{"casualties_number_over_words", []graph.EventReport{
			eventReport("article:1", graph.Event{Killed: dozens}),
			eventReport("article:2", graph.Event{Killed: count(24, "")}),
		}, func(t *testing.T, e graph.Event) {
			if e.Killed.Vague || e.Killed.Value != 24 {
				t.Errorf("killed: got %+v, want 24 over dozens", e.Killed)
			}
		}},
		{"no_casualties", []graph.EventReport{eventReport("article:1", graph.Event{})}, func(t *testing.T, e graph.Event) {
			if e.Killed != nil || e.Injured != nil {
				t.Errorf("got killed %+v, injured %+v; want none", e.Killed, e.Injured)
			}
		}},
		{"most_precise_date", []graph.EventReport{
			eventReport("article:1", graph.Event{Date: month}),
			eventReport("article:2", graph.Event{Date: month}),
			eventReport("article:3", graph.Event{Date: day("2025-04-13")}),
		}, func(t *testing.T, e graph.Event) {
			if e.Date.Precision != graph.Day || e.Date.Start != "2025-04-13" {
				t.Errorf("date: got %+v, want 2025-04-13", e.Date)
			}
		}},
		{"date_most_reported_at_that_precision", []graph.EventReport{
			eventReport("article:1", graph.Event{Date: day("2025-04-12")}),
			eventReport("article:2", graph.Event{Date: day("2025-04-13")}),
			eventReport("article:3", graph.Event{Date: day("2025-04-13")}),
		}, func(t *testing.T, e graph.Event) {
			if e.Date.Start != "2025-04-13" {
				t.Errorf("date: got %+v, want 2025-04-13", e.Date)
			}
		}},
		{"asserted_if_any_asserts", []graph.EventReport{
			eventReport("article:1", graph.Event{Modality: graph.Possible}),
			eventReport("article:2", graph.Event{Modality: graph.Possible}),
			eventReport("article:3", graph.Event{Modality: graph.Asserted}),
		}, func(t *testing.T, e graph.Event) {
			if e.Modality != graph.Asserted {
				t.Errorf("modality: got %s, want asserted", e.Modality)
			}
		}},
		{"else_the_most_given_modality", []graph.EventReport{
			eventReport("article:1", graph.Event{Modality: graph.Conditional}),
			eventReport("article:2", graph.Event{Modality: graph.Possible}),
			eventReport("article:3", graph.Event{Modality: graph.Possible}),
		}, func(t *testing.T, e graph.Event) {
			if e.Modality != graph.Possible {
				t.Errorf("modality: got %s, want possible", e.Modality)
			}
		}},
		{"actors_place_and_confidence", []graph.EventReport{
			eventReport("article:1", graph.Event{LocationID: "location:sumy", PerpetratorID: "country:RU", ParticipantIDs: []string{"person:b"}, Confidence: 0.6}),
			eventReport("article:2", graph.Event{LocationID: "location:sumy", ParticipantIDs: []string{"person:a", "person:b"}, Confidence: 0.6}),
			eventReport("article:3", graph.Event{LocationID: "location:kyiv", Confidence: 0}),
		}, func(t *testing.T, e graph.Event) {
			if e.LocationID != "location:sumy" || e.PerpetratorID != "country:RU" ||
				!reflect.DeepEqual(e.ParticipantIDs, []string{"person:a", "person:b"}) || e.Confidence != 0.84 || e.Articles != 3 {
				t.Errorf("got %+v, want Sumy, Russia, persons a and b, confidence 0.84, 3 articles", e)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := graph.SummarizeEvent(id, tc.reports)
			if e.ID != id {
				t.Errorf("ID: got %s, want %s", e.ID, id)
			}
			tc.check(t, e)
		})
	}
}

func TestSummarizeRelation(t *testing.T) {
	base := graph.Relation{ID: "rel:1", Type: graph.AffiliatedWith, SourceID: "person:a", TargetID: "country:UA", Modality: graph.Asserted}
	claim := func(article, role string, conf float64) graph.Claim {
		c := graph.Claim{ArticleID: article, Confidence: conf, Relation: base}
		c.Relation.Role = role
		return c
	}
	got := graph.SummarizeRelation(base, []graph.Claim{
		claim("article:1", "envoy", 0.6),
		claim("article:2", "special envoy", 0.6),
		claim("article:2", "envoy", 0),
	})
	want := base
	want.Role, want.Confidence, want.Articles = "envoy", 0.84, 2
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestCombineConfidence(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{0.6}, 0.6},
		{[]float64{0.6, 0.6}, 0.84},
		{[]float64{0.9, 0.8}, 0.98},
		{[]float64{1, 0.1}, 1},
		{[]float64{0.3333}, 0.333},
		{[]float64{0.0006}, 0.001},
	} {
		if got := graph.CombineConfidence(tc.in); got != tc.want {
			t.Errorf("CombineConfidence(%v): got %v, want %v", tc.in, got, tc.want)
		}
	}
}

// The summaries must not depend on the order a backend reads statements in.
func TestSummaries_OrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var entities []graph.EntityReport
	var events []graph.EventReport
	var claims []graph.Claim
	kinds := []string{"", "city", "region"}
	for i := range 12 {
		article := "article:" + string(rune('a'+i))
		r := entityReport(article, "location:x", []string{"X", "Ex", "X City"}[i%3], []string{"x", "X", "ex"}[i%3])
		r.Entity.Kind = kinds[i%3]
		entities = append(entities, r)
		events = append(events, eventReport(article, graph.Event{
			Name: []string{"strike", "attack"}[i%2], Killed: count(30+i%2, ""), Confidence: float64(i%5) / 10,
			Duration: []string{"", "two hours", "an hour"}[i%3],
			Date:     graph.Date{Start: "2025-04-1" + string(rune('0'+i%3)), End: "2025-04-1" + string(rune('0'+i%3)), Precision: graph.Day},
		}))
		claims = append(claims, graph.Claim{ArticleID: article, Confidence: float64(i%7) / 10, Relation: graph.Relation{Role: []string{"a", "b"}[i%2]}})
	}
	wantEntity := graph.SummarizeEntity("location:x", entities)
	wantEvent := graph.SummarizeEvent("event:attack:2025-04-13:1", events)
	wantRelation := graph.SummarizeRelation(graph.Relation{ID: "rel:1"}, claims)
	for range 20 {
		rng.Shuffle(len(entities), func(i, j int) { entities[i], entities[j] = entities[j], entities[i] })
		rng.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
		rng.Shuffle(len(claims), func(i, j int) { claims[i], claims[j] = claims[j], claims[i] })
		if got := graph.SummarizeEntity("location:x", entities); !reflect.DeepEqual(got, wantEntity) {
			t.Fatalf("entity: got %+v, want %+v", got, wantEntity)
		}
		if got := graph.SummarizeEvent("event:attack:2025-04-13:1", events); !reflect.DeepEqual(got, wantEvent) {
			t.Fatalf("event: got %+v, want %+v", got, wantEvent)
		}
		if got := graph.SummarizeRelation(graph.Relation{ID: "rel:1"}, claims); !reflect.DeepEqual(got, wantRelation) {
			t.Fatalf("relation: got %+v, want %+v", got, wantRelation)
		}
	}
}
