package neo4j

import (
	"reflect"
	"testing"

	"github.com/geokg/geokg/graph"
)

// lookupScript answers node_lookup and merge_resolve for a store where
// person:castell was merged into person:mira, event:strike-dup into
// event:strike, and place:old into place:new.
func lookupScript() map[string]func(map[string]any) []map[string]any {
	merged := map[string]string{"person:castell": "person:mira", "event:strike-dup": "event:strike", "place:old": "place:new"}
	nodes := map[string]bool{"person:mira": true, "event:strike": true, "place:new": true}
	return map[string]func(map[string]any) []map[string]any{
		"node_lookup": func(p map[string]any) []map[string]any {
			var out []map[string]any
			for _, id := range p["ids"].([]string) {
				var into any
				if to, ok := merged[id]; ok {
					into = to
				}
				out = append(out, map[string]any{"id": id, "intoId": into, "found": nodes[id]})
			}
			return out
		},
		"merge_resolve": func(p map[string]any) []map[string]any {
			var out []map[string]any
			for _, id := range p["ids"].([]string) {
				if to, ok := merged[id]; ok {
					out = append(out, map[string]any{"fromId": id, "intoId": to})
				}
			}
			return out
		},
	}
}

// TestBatchPagesKeyByAsked: a batch read asks one page statement for the
// nodes the asked ids resolve to, and answers each asked id with its
// node's page; ids that read as no node, or as a node of another kind, are
// absent.
func TestBatchPagesKeyByAsked(t *testing.T) {
	script := lookupScript()
	mention := func(article string, ord int64) map[string]any {
		return map[string]any{"articleId": article, "pubOrder": int64(-20161), "statedId": "person:castell", "ord": ord,
			"text": "Castell", "textStart": int64(10), "textEnd": int64(17), "sentence": "Castell spoke.",
			"sentenceStart": int64(10), "sentenceEnd": int64(24), "confidence": 0.9}
	}
	script["mention_page"] = func(p map[string]any) []map[string]any {
		var out []map[string]any
		for _, id := range p["ids"].([]string) {
			out = append(out, map[string]any{"id": id, "total": int64(3),
				"mentions": []any{mention("article:a", 0), mention("article:a", 1), mention("article:b", 0)}})
		}
		return out
	}
	b := &scriptedBackend{script: script}
	s := newStore(b, Config{})
	got, err := s.Mentions(t.Context(), []string{"person:castell", "person:mira", "person:nobody", "event:strike"}, graph.Page{First: 2})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"person:castell", "person:mira"}; !reflect.DeepEqual(sortedSet(got), want) {
		t.Fatalf("got pages for %v, want %v", sortedSet(got), want)
	}
	if asked := b.asked("mention_page"); !reflect.DeepEqual(asked, []string{"person:mira"}) {
		t.Errorf("mention_page asked for %v, want [person:mira] once", asked)
	}
	for id, pg := range got {
		if len(pg.Mentions) != 2 || !pg.HasNextPage || pg.TotalCount != 3 || pg.EndCursor == "" {
			t.Errorf("%s: got %d mentions %+v, want 2 of 3 and a next page", id, len(pg.Mentions), pg.PageInfo)
		}
		if m := pg.Mentions[0]; m.Text != "Castell" || m.Evidence.ArticleID != "article:a" || m.Evidence.End != 24 {
			t.Errorf("%s: first mention %+v", id, m)
		}
	}
	next, err := s.Mentions(t.Context(), []string{"person:mira"}, graph.Page{First: 2, After: got["person:mira"].EndCursor})
	if err != nil {
		t.Fatalf("the page's own cursor: %v", err)
	}
	if p := b.calls["mention_page"][1]; p["after"] != true || p["cursorArticleId"] != "article:a" || p["cursorOrd"] != int64(1) {
		t.Errorf("next page asked after %v %v %v, want after article:a #1", p["after"], p["cursorArticleId"], p["cursorOrd"])
	}
	if len(next) != 1 {
		t.Errorf("next page: got %d pages, want 1", len(next))
	}
}

// TestEventReportsFollowMerges: reports read as the event they now belong
// to, naming the places they gave as the nodes those now read as.
func TestEventReportsFollowMerges(t *testing.T) {
	script := lookupScript()
	script["event_report_page"] = func(p map[string]any) []map[string]any {
		report := map[string]any{"statedId": "event:strike-dup", "type": "Attack", "locationId": "place:old",
			"participantIds": []any{"place:old", "person:castell"}, "modality": "asserted", "confidence": 0.8,
			"sentences": []any{"A strike hit the port."}, "sentenceStarts": []any{int64(0)}, "sentenceEnds": []any{int64(22)}}
		var out []map[string]any
		for _, id := range p["ids"].([]string) {
			out = append(out, map[string]any{"id": id, "total": int64(1),
				"reports": []any{map[string]any{"articleId": "article:a", "pubOrder": int64(-20161), "report": report}}})
		}
		return out
	}
	s := newStore(&scriptedBackend{script: script}, Config{})
	got, err := s.EventReports(t.Context(), []string{"event:strike-dup", "person:mira"}, graph.Page{})
	if err != nil {
		t.Fatal(err)
	}
	pg, ok := got["event:strike-dup"]
	if len(got) != 1 || !ok || len(pg.Reports) != 1 {
		t.Fatalf("got %+v, want one page of one report for event:strike-dup", got)
	}
	e := pg.Reports[0].Event
	want := []string{"place:new", "person:mira"}
	if e.ID != "event:strike" || e.LocationID != "place:new" || !reflect.DeepEqual(e.ParticipantIDs, want) {
		t.Errorf("got event %s at %s with %v, want event:strike at place:new with %v", e.ID, e.LocationID, e.ParticipantIDs, want)
	}
	if ev := pg.Reports[0].Evidence; len(ev) != 1 || ev[0].ArticleID != "article:a" || ev[0].End != 22 {
		t.Errorf("got evidence %+v", ev)
	}
}

// TestByIDFollows: a lookup answers live ids with one statement, and ids
// that name nothing with what they read as now: the node their merges lead
// to, the relation their claims support since their ends were merged.
func TestByIDFollows(t *testing.T) {
	script := lookupScript()
	script["entity_get"] = func(p map[string]any) []map[string]any {
		var out []map[string]any
		for _, id := range p["ids"].([]string) {
			if id == "person:mira" {
				out = append(out, map[string]any{"entity": map[string]any{"id": id, "type": "Person", "name": "Mira Castell"}})
			}
		}
		return out
	}
	script["relation_get"] = func(p map[string]any) []map[string]any {
		var out []map[string]any
		for _, id := range p["ids"].([]string) {
			if id == "rel:new" {
				out = append(out, map[string]any{"relation": map[string]any{"id": id, "type": "MET_WITH", "articles": int64(2)}})
			}
		}
		return out
	}
	script["claim_stated"] = func(p map[string]any) []map[string]any {
		var out []map[string]any
		for _, id := range p["ids"].([]string) {
			if id == "rel:old" {
				out = append(out, map[string]any{"id": id, "relationId": "rel:new"})
			}
		}
		return out
	}
	b := &scriptedBackend{script: script}
	s := newStore(b, Config{})
	ents, err := s.Entities(t.Context(), []string{"person:castell", "person:mira", "person:nobody", ""})
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 2 || ents["person:castell"].Name != "Mira Castell" || ents["person:mira"].ID != "person:mira" {
		t.Errorf("entities: got %+v, want person:castell and person:mira as Mira Castell", ents)
	}
	// The ids no entity has, then where castell's merge leads.
	if got, want := b.calls["node_lookup"], []map[string]any{{"ids": []string{"person:castell", "person:nobody"}}, {"ids": []string{"person:mira"}}}; !reflect.DeepEqual(got, want) {
		t.Errorf("node_lookup asked %v, want %v", got, want)
	}
	rels, err := s.Relations(t.Context(), []string{"rel:old", "rel:new", "rel:gone"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 || rels["rel:old"].ID != "rel:new" || rels["rel:new"].Articles != 2 {
		t.Errorf("relations: got %+v, want rel:old and rel:new as rel:new", rels)
	}
	if got, want := b.asked("claim_stated"), []string{"rel:gone", "rel:old"}; !reflect.DeepEqual(got, want) {
		t.Errorf("claim_stated asked for %v, want %v", got, want)
	}
	if n := len(b.calls["relation_get"]); n != 2 {
		t.Errorf("relation_get ran %d times, want 2: the ids as asked, then those they read as", n)
	}
}
