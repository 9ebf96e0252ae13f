package neo4j

import (
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// stored returns what Neo4j hands back for a property written from v:
// integers as int64, lists as []any, and no property at all for null.
func stored(v any) (any, bool) {
	switch v := v.(type) {
	case nil:
		return nil, false
	case int:
		return int64(v), true
	case int64, float64, string, bool, time.Time:
		return v, true
	case []string:
		return toAny(v), true
	case []int:
		out := make([]any, len(v))
		for i, n := range v {
			out[i] = int64(n)
		}
		return out, true
	case []float64:
		return toAny(v), true
	}
	panic("stored: unexpected parameter type")
}

func toAny[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

var setFromRow = regexp.MustCompile(`\b([a-z]+)\.([A-Za-z]+) = row\.([A-Za-z]+)`)

// written plays a write statement's SET clauses for variable v against one
// row: the properties a node or relationship holds afterwards, as Neo4j
// would return them. MERGE keys are added by the caller.
func written(t *testing.T, cypher, v string, row map[string]any) map[string]any {
	t.Helper()
	props := map[string]any{}
	n := 0
	for _, m := range setFromRow.FindAllStringSubmatch(code(cypher), -1) {
		if m[1] != v {
			continue
		}
		n++
		val, ok := row[m[3]]
		if !ok {
			t.Fatalf("SET %s.%s reads row.%s, which the row lacks", m[1], m[2], m[3])
		}
		if s, ok := stored(val); ok {
			props[m[2]] = s
		}
	}
	if n == 0 {
		t.Fatalf("no SET of %s in the statement", v)
	}
	return props
}

// TestArticleGraphCodec writes the corpus through the row builders and the
// SET clauses of the write statements, as a server would store it, and
// reads it back with the decoders ArticleGraph uses: every field the store
// writes must come back under the name it was written.
func TestArticleGraphCodec(t *testing.T) {
	now := time.Date(2025, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, g := range graphtest.NewCorpus().Graphs {
		t.Run(g.Article.ID, func(t *testing.T) {
			art := written(t, articlePut.cypher, "a", articlePut.params([]articleRow{{a: g.Article, loadedAt: now}})["rows"].([]map[string]any)[0])
			art["id"] = g.Article.ID
			rec := map[string]any{"article": art}
			var mentions, reports, claims []any
			for i, r := range g.Entities {
				row := mentionPut.params([]mentionRow{{ord: i, entityID: r.Entity.ID, r: r}})["rows"].([]map[string]any)[0]
				p := written(t, mentionPut.cypher, "m", row)
				p["statedId"] = r.Entity.ID
				mentions = append([]any{p}, mentions...) // the server returns them in any order
			}
			for i, r := range g.Events {
				row := reportPut.params([]reportRow{{ord: i, eventID: r.Event.ID, r: r}})["rows"].([]map[string]any)[0]
				p := written(t, reportPut.cypher, "r", row)
				p["statedId"] = r.Event.ID
				reports = append([]any{p}, reports...)
			}
			for i, c := range g.Claims {
				row := claimPut.params([]claimRow{{ord: i, c: c}})["rows"].([]map[string]any)[0]
				p := written(t, claimPut.cypher, "c", row)
				p["id"] = claimID(c.ArticleID, i)
				claims = append([]any{p}, claims...)
			}
			rec["mentions"], rec["reports"], rec["claims"] = mentions, reports, claims
			got, err := decodeArticleGraph(rec)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Article.LoadedAt.Equal(now) {
				t.Errorf("LoadedAt: got %v, want %v", got.Article.LoadedAt, now)
			}
			if !reflect.DeepEqual(graphtest.Normalize(got), graphtest.Normalize(g)) {
				t.Errorf("round trip:\ngot  %+v\nwant %+v", graphtest.Normalize(got), graphtest.Normalize(g))
			}
		})
	}
}

// TestSummaryCodec does the same for the derived nodes the API reads.
func TestSummaryCodec(t *testing.T) {
	c := graphtest.NewCorpus()
	for _, reports := range [][]graph.EventReport{
		{c.Graphs[1].Events[0], c.Graphs[2].Events[0]}, // the strike
		{c.Graphs[2].Events[2]},                        // the undated ceasefire
	} {
		id := reports[0].Event.ID
		e := graph.SummarizeEvent(id, reports)
		dg := graph.NewEventDigest(id)
		for i, r := range reports {
			dg.Add(r, 0, i == 0 || r.ArticleID != reports[0].ArticleID)
		}
		j, err := digestJSON(dg)
		if err != nil {
			t.Fatal(err)
		}
		row := eventPut.params([]eventRow{{e: e, digest: j}})["rows"].([]map[string]any)[0]
		p := written(t, eventPut.cypher, "e", row)
		p["id"] = e.ID
		var d decoder
		got := decodeEvent(&d, p)
		if len(got.ParticipantIDs) == 0 && len(e.ParticipantIDs) == 0 {
			got.ParticipantIDs = e.ParticipantIDs // nil and empty read alike
		}
		if d.err != nil || !reflect.DeepEqual(got, e) {
			t.Errorf("event %s: got %+v (%v), want %+v", e.ID, got, d.err, e)
		}
		// The digest written beside the summary reads back as the summary.
		kept, err := graph.ParseEventDigest(id, []byte(d.str(p, "digest")))
		if err != nil || !reflect.DeepEqual(kept.Event(), e) {
			t.Errorf("event %s: the digest kept reads as %+v (%v), want %+v", id, kept.Event(), err, e)
		}
	}
	ent := graph.SummarizeEntity(c.Valdoria, []graph.EntityReport{c.Graphs[0].Entities[0], c.Graphs[1].Entities[2]})
	p := written(t, entityPut.cypher, "e", entityPut.params([]entityRow{{e: ent, digest: "{}"}})["rows"].([]map[string]any)[0])
	p["id"] = ent.ID
	var d decoder
	if got := decodeEntity(&d, p); d.err != nil || !reflect.DeepEqual(got, ent) || p["digest"] != "{}" {
		t.Errorf("entity: got %+v (%v) and digest %v, want %+v and {}", got, d.err, p["digest"], ent)
	}
	for _, r := range []graph.Relation{
		{ID: "rel:1", Type: graph.AffiliatedWith, SourceID: c.MiraCastell, TargetID: c.Valdoria, Modality: graph.Asserted, Role: "envoy", Confidence: 0.7, Articles: 1},
		{ID: "rel:2", Type: graph.MetWith, SourceID: c.MiraCastell, TargetID: c.TobiasRenn, Modality: graph.Possible, Confidence: 0.5, Articles: 2},
	} {
		row := relationPut.params([]relationRow{{r: r, digest: "{}"}})["rows"].([]map[string]any)[0]
		p := written(t, relationPut.cypher, "r", row)
		p["id"] = r.ID
		if got := decodeRelation(&d, p); d.err != nil || !reflect.DeepEqual(got, r) || p["digest"] != "{}" {
			t.Errorf("relation: got %+v (%v) and digest %v, want %+v and {}", got, d.err, p["digest"], r)
		}
		edge := written(t, relationPut.cypher, "e", row)
		if edge["modality"] != string(r.Modality) || edge["articles"] != int64(r.Articles) {
			t.Errorf("typed relationship: got %+v, want the relation's modality and articles", edge)
		}
	}
	m := graph.Merge{ID: graph.MergeID("person:castell", c.MiraCastell), FromID: "person:castell", IntoID: c.MiraCastell,
		Names: []string{"Castell", "Mira Castell"}, Rule: "surname", ArticleID: c.MeetingArticle,
		CreatedAt: time.Date(2025, 3, 20, 1, 2, 3, 4, time.UTC)}
	p = written(t, mergePut.cypher, "m", mergePut.params([]mergeRow{{m: m}})["rows"].([]map[string]any)[0])
	p["id"] = m.ID
	if got := decodeMerge(&d, p); d.err != nil || !reflect.DeepEqual(got, m) {
		t.Errorf("merge: got %+v (%v), want %+v", got, d.err, m)
	}
}

func TestDecoderRejectsWrongTypes(t *testing.T) {
	var d decoder
	d.str(map[string]any{"name": int64(3)}, "name")
	if d.err == nil {
		t.Error("a number read as a string: got no error")
	}
	d = decoder{}
	d.ints(map[string]any{"sentenceStarts": []any{int64(1), "2"}}, "sentenceStarts")
	if d.err == nil {
		t.Error("a list holding a string read as integers: got no error")
	}
	d = decoder{}
	if got := d.strs(map[string]any{"aliases": []any{}}, "aliases"); got != nil || d.err != nil {
		t.Errorf("empty list: got %#v, %v; want nil, no error", got, d.err)
	}
}
