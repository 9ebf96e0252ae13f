package server

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// TestQueries asks the corpus questions an analyst would, through the HTTP
// handler and the SQLite store, and checks the answers field by field.
func TestQueries(t *testing.T) {
	srv, c := corpusServer(t)
	defer srv.Close()
	meeting := c.Graphs[0].Article.Text
	const castellSentence = "Castell said further talks were possible next month."
	castellAt := utf8.RuneCountInString(meeting[:strings.Index(meeting, castellSentence)])

	type check struct {
		path string
		want any
	}
	tests := []struct {
		name   string
		query  string
		vars   map[string]any
		checks []check
	}{
		{
			name:  "country",
			query: `query($id: ID!) { entity(id: $id) { id type name code kind articleCount } }`,
			vars:  map[string]any{"id": c.Valdoria},
			checks: []check{
				{"entity.id", c.Valdoria}, {"entity.type", "COUNTRY"}, {"entity.name", "Valdoria"},
				{"entity.code", "XV"}, {"entity.kind", nil}, {"entity.articleCount", 3.0},
			},
		},
		{
			name: "strike summarised over two reports",
			query: `query($id: ID!) { event(id: $id) {
				type cameoCode name modality articleCount duration
				date { day start end precision phrase }
				location { name } perpetrator { name type }
				killed { number qualifier lowerBound vague text } injured { text }
				reports { totalCount }
			} }`,
			vars: map[string]any{"id": c.Strike},
			checks: []check{
				{"event.type", "ATTACK"}, {"event.cameoCode", "19"}, {"event.name", "Darnell missile strike"},
				{"event.modality", "ASSERTED"}, {"event.articleCount", 2.0}, {"event.duration", nil},
				{"event.date.day", "2025-03-14"}, {"event.date.start", "2025-03-14"}, {"event.date.end", "2025-03-14"},
				{"event.date.precision", "DAY"}, {"event.date.phrase", "on Friday"},
				{"event.location.name", "Darnell"}, {"event.perpetrator.name", "Ostrenia"}, {"event.perpetrator.type", "COUNTRY"},
				// One source says at least 34, one says 35: a tie goes to the higher figure.
				{"event.killed.number", 35.0}, {"event.killed.qualifier", nil}, {"event.killed.lowerBound", 35.0},
				{"event.killed.vague", false}, {"event.killed.text", "35"}, {"event.injured", nil},
				{"event.reports.totalCount", 2.0},
			},
		},
		{
			name:  "an undated conditional event",
			query: `query($id: ID!) { event(id: $id) { type cameoCode modality date { day } participants { name } } }`,
			vars:  map[string]any{"id": c.Ceasefire},
			checks: []check{
				{"event.type", "CEASEFIRE"}, {"event.cameoCode", "08"}, {"event.modality", "CONDITIONAL"}, {"event.date", nil},
				{"event.participants.0.name", "Ostrenia"}, {"event.participants.1.name", "Valdoria"},
			},
		},
		{
			name: "a relation and its provenance",
			query: `query($id: ID!) { relation(id: $id) {
				type modality symmetric articleCount sourceId
				source { __typename name } target { __typename name ... on Event { type } }
				claims { totalCount edges { node { confidence modality articleId article { id title } speaker { id } evidence { articleId } } } }
			} }`,
			vars: map[string]any{"id": c.Condemned},
			checks: []check{
				{"relation.type", "CONDEMNED"}, {"relation.modality", "ASSERTED"}, {"relation.symmetric", false},
				{"relation.articleCount", 1.0}, {"relation.sourceId", c.ElinMarr},
				{"relation.source.__typename", "Entity"}, {"relation.source.name", "Elin Marr"},
				{"relation.target.__typename", "Event"}, {"relation.target.type", "ATTACK"},
				{"relation.claims.totalCount", 1.0}, {"relation.claims.edges.0.node.confidence", 0.95},
				{"relation.claims.edges.0.node.modality", "ASSERTED"},
				{"relation.claims.edges.0.node.articleId", c.StrikeArticle},
				{"relation.claims.edges.0.node.article.id", c.StrikeArticle},
				{"relation.claims.edges.0.node.evidence.articleId", c.StrikeArticle},
				{"relation.claims.edges.0.node.speaker", nil},
			},
		},
		{
			name:  "a symmetric relation",
			query: `query($id: ID!) { relation(id: $id) { type symmetric modality source { name } target { name } } }`,
			vars:  map[string]any{"id": c.MetWith},
			checks: []check{
				{"relation.type", "MET_WITH"}, {"relation.symmetric", true}, {"relation.modality", "ASSERTED"},
				{"relation.source.name", "Mira Castell"}, {"relation.target.name", "Tobias Renn"},
			},
		},
		{
			name:  "a conditional relation between events, with its speaker",
			query: `query($id: ID!) { relation(id: $id) { type modality source { name } claims { edges { node { speaker { __typename name } } } } } }`,
			vars:  map[string]any{"id": c.Conditions},
			checks: []check{
				{"relation.type", "CONDITIONED_ON"}, {"relation.modality", "CONDITIONAL"},
				{"relation.source.name", "Ostrenian ceasefire offer"},
				{"relation.claims.edges.0.node.speaker.__typename", "Entity"},
				{"relation.claims.edges.0.node.speaker.name", "Ostrenia"},
			},
		},
		{
			name: "an entity's relations filtered by type, modality and direction",
			query: `query($castell: ID!, $valdoria: ID!) {
				met: entity(id: $castell) { relations(types: [MET_WITH]) { totalCount } }
				maybe: entity(id: $castell) { relations(types: [MET_WITH], modalities: [POSSIBLE]) { totalCount edges { node { modality } } } }
				in: entity(id: $valdoria) { relations(direction: IN, types: [AFFILIATED_WITH]) { totalCount edges { node { role source { name } } } } }
				out: entity(id: $valdoria) { relations(direction: OUT, types: [AFFILIATED_WITH]) { totalCount } }
			}`,
			vars: map[string]any{"castell": c.MiraCastell, "valdoria": c.Valdoria},
			checks: []check{
				{"met.relations.totalCount", 2.0},
				{"maybe.relations.totalCount", 1.0}, {"maybe.relations.edges.0.node.modality", "POSSIBLE"},
				{"in.relations.totalCount", 1.0}, {"in.relations.edges.0.node.role", "envoy"},
				{"in.relations.edges.0.node.source.name", "Mira Castell"},
				{"out.relations.totalCount", 0.0},
			},
		},
		{
			name: "events filtered and ordered",
			query: `query($ostrenia: ID!) {
				attacks: events(filter: {types: [ATTACK]}) { totalCount edges { node { name } } }
				march: events(filter: {from: "2025-03-11", to: "2025-03-31"}) { totalCount edges { node { name } } }
				newest: events(order: DATE_DESC, first: 2) { edges { node { name } } pageInfo { hasNextPage } }
				timeline: events(first: 1) { edges { node { name } } }
				ostrenia: events(filter: {involving: [$ostrenia], types: [ATTACK, CEASEFIRE]}) { totalCount }
			}`,
			vars: map[string]any{"ostrenia": c.Ostrenia},
			checks: []check{
				{"attacks.totalCount", 1.0}, {"attacks.edges.0.node.name", "Darnell missile strike"},
				{"march.totalCount", 1.0}, {"march.edges.0.node.name", "Darnell missile strike"},
				{"newest.edges.0.node.name", "Darnell missile strike"},
				{"newest.edges.1.node.name", "Castell–Renn meeting in Kestrel Bay"},
				{"newest.pageInfo.hasNextPage", true},
				{"timeline.edges.0.node.name", "Castell–Renn meeting in Kestrel Bay"},
				{"ostrenia.totalCount", 2.0},
			},
		},
		{
			name: "an entity's events, mentions and articles",
			query: `query($id: ID!) { entity(id: $id) {
				events(types: [MEETING]) { totalCount edges { node { name } } }
				mentions { totalCount }
				articles { totalCount edges { node { id } } }
			} }`,
			vars: map[string]any{"id": c.MiraCastell},
			checks: []check{
				{"entity.events.totalCount", 1.0}, {"entity.events.edges.0.node.name", "Castell–Renn meeting in Kestrel Bay"},
				{"entity.articles.totalCount", 2.0}, {"entity.articles.edges.0.node.id", c.TollArticle},
			},
		},
		{
			name: "a mention's own offsets, and a relation's articles",
			query: `query($id: ID!, $rel: ID!) {
				entity(id: $id) { mentions { edges { node { text start end evidence { articleId sentence start end } } } } }
				relation(id: $rel) { articles { totalCount edges { node { id } } } }
			}`,
			vars: map[string]any{"id": c.MiraCastell, "rel": c.Perpetrated},
			checks: []check{
				// Newest article first; the meeting article names her in full,
				// then by surname in its third sentence.
				{"entity.mentions.edges.2.node.text", "Castell"},
				{"entity.mentions.edges.2.node.start", float64(castellAt)},
				{"entity.mentions.edges.2.node.end", float64(castellAt + len("Castell"))},
				{"entity.mentions.edges.2.node.evidence.articleId", c.MeetingArticle},
				{"entity.mentions.edges.2.node.evidence.sentence", castellSentence},
				{"entity.mentions.edges.2.node.evidence.start", float64(castellAt)},
				{"relation.articles.totalCount", 2.0},
				{"relation.articles.edges.0.node.id", c.TollArticle},
				{"relation.articles.edges.1.node.id", c.StrikeArticle},
			},
		},
		{
			name:  "search",
			query: `{ castell: searchEntities(query: "Castell") { edges { node { name type } } } countries: searchEntities(types: [COUNTRY]) { totalCount } }`,
			checks: []check{
				{"castell.edges.0.node.name", "Mira Castell"}, {"castell.edges.0.node.type", "PERSON"},
				{"countries.totalCount", 2.0},
			},
		},
		{
			name:  "nodes of either kind",
			query: `query($e: ID!, $v: ID!) { e: node(id: $e) { __typename id name articleCount } v: node(id: $v) { __typename ... on Entity { code } } }`,
			vars:  map[string]any{"e": c.Strike, "v": c.Valdoria},
			checks: []check{
				{"e.__typename", "Event"}, {"e.id", c.Strike}, {"e.name", "Darnell missile strike"}, {"e.articleCount", 2.0},
				{"v.__typename", "Entity"}, {"v.code", "XV"},
			},
		},
		{
			name: "articles",
			query: `query($id: ID!, $strike: ID!) {
				all: articles { totalCount edges { node { id } } }
				strike: articles(mentioning: $strike) { totalCount }
				article(id: $id) { title url published source loadedAt events { totalCount } relations { totalCount } }
			}`,
			vars: map[string]any{"id": c.MeetingArticle, "strike": c.Strike},
			checks: []check{
				{"all.totalCount", 3.0}, {"all.edges.0.node.id", c.TollArticle}, {"all.edges.2.node.id", c.MeetingArticle},
				{"strike.totalCount", 2.0},
				{"article.title", "Valdorian and Ostrenian envoys meet in Kestrel Bay"},
				{"article.url", "https://news.example/valdoria-ostrenia-envoys-meet"},
				{"article.published", "2025-03-12"}, {"article.source", nil},
				{"article.events.totalCount", 1.0},
			},
		},
		{
			name:  "stats and merges",
			query: `{ stats { articles events entityTypes { type count } } merges { totalCount } }`,
			checks: []check{
				{"stats.articles", 3.0}, {"stats.events", 4.0},
				{"stats.entityTypes.0.type", "PERSON"}, {"stats.entityTypes.0.count", 3.0},
				{"stats.entityTypes.1.type", "COUNTRY"}, {"stats.entityTypes.1.count", 2.0},
				{"merges.totalCount", 0.0},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := mustQuery(t, srv.URL, tt.query, tt.vars)
			for _, ch := range tt.checks {
				if got := get(data, ch.path); got != ch.want {
					t.Errorf("%s: got %v, want %v", ch.path, got, ch.want)
				}
			}
		})
	}
}

// TestReportsKeepEachSourcesAccount checks that the two reports of the
// strike keep their own casualty figures and evidence.
func TestReportsKeepEachSourcesAccount(t *testing.T) {
	srv, c := corpusServer(t)
	defer srv.Close()
	data := mustQuery(t, srv.URL, `query($id: ID!) { event(id: $id) { reports { edges { node {
		articleId event { id } killed { number qualifier text } date { day } confidence
		evidence { sentence start end article { text } }
	} } } } }`, map[string]any{"id": c.Strike})
	edges, _ := get(data, "event.reports.edges").([]any)
	if len(edges) != 2 {
		t.Fatalf("got %d reports, want 2", len(edges))
	}
	var texts []string
	for _, e := range edges {
		if got := get(e, "node.event.id"); got != c.Strike {
			t.Errorf("report's event: got %v, want %s", got, c.Strike)
		}
		texts = append(texts, get(e, "node.killed.text").(string))
		checkEvidence(t, get(e, "node.evidence"))
	}
	slices.Sort(texts)
	if want := []string{"35", "at least 34"}; !slices.Equal(texts, want) {
		t.Errorf("killed per report: got %q, want %q", texts, want)
	}
}

// checkEvidence checks that each evidence's offsets, counted in code points,
// cut its sentence out of its article's text.
func checkEvidence(t *testing.T, v any) {
	t.Helper()
	list, _ := v.([]any)
	if len(list) == 0 {
		t.Fatalf("no evidence in %v", v)
	}
	for _, ev := range list {
		text := []rune(get(ev, "article.text").(string))
		start, end := int(get(ev, "start").(float64)), int(get(ev, "end").(float64))
		if start < 0 || end > len(text) || start > end {
			t.Errorf("evidence [%d,%d) outside a text of %d code points", start, end, len(text))
			continue
		}
		if got, want := string(text[start:end]), get(ev, "sentence"); got != want {
			t.Errorf("text[%d:%d]: got %q, want %q", start, end, got, want)
		}
	}
}

// TestPaginationOverTheStore walks the events by endCursor and resumes from
// a middle edge's cursor, against the real store's keyset cursors.
func TestPaginationOverTheStore(t *testing.T) {
	srv, _ := corpusServer(t)
	defer srv.Close()
	const q = `query($first: Int, $after: String) { events(first: $first, after: $after) {
		totalCount edges { cursor node { id } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
	} }`
	all := mustQuery(t, srv.URL, q, map[string]any{"first": graph.MaxPageSize})
	var want []any
	for _, e := range get(all, "events.edges").([]any) {
		want = append(want, get(e, "node.id"))
	}
	if len(want) != 4 || get(all, "events.totalCount") != 4.0 {
		t.Fatalf("all events: got %d (totalCount %v), want 4", len(want), get(all, "events.totalCount"))
	}

	var walked []any
	var after any
	for page := 0; ; page++ {
		data := mustQuery(t, srv.URL, q, map[string]any{"first": 1, "after": after})
		edges := get(data, "events.edges").([]any)
		if len(edges) != 1 {
			t.Fatalf("page %d: got %d edges, want 1", page, len(edges))
		}
		walked = append(walked, get(edges[0], "node.id"))
		if got, want := get(data, "events.pageInfo.hasPreviousPage"), page > 0; got != want {
			t.Errorf("page %d: hasPreviousPage got %v, want %v", page, got, want)
		}
		if get(data, "events.pageInfo.endCursor") != get(edges[0], "cursor") {
			t.Errorf("page %d: endCursor is not the last edge's cursor", page)
		}
		if get(data, "events.pageInfo.hasNextPage") == false {
			break
		}
		after = get(data, "events.pageInfo.endCursor")
	}
	if !slices.Equal(walked, want) {
		t.Errorf("walk by endCursor: got %v, want %v", walked, want)
	}

	first3 := mustQuery(t, srv.URL, q, map[string]any{"first": 3})
	mid := get(first3, "events.edges.0.cursor")
	rest := mustQuery(t, srv.URL, q, map[string]any{"first": 2, "after": mid})
	for i := range 2 {
		if got := get(rest, "events.edges."+string(rune('0'+i))+".node.id"); got != want[i+1] {
			t.Errorf("after the first edge, edge %d: got %v, want %v", i, got, want[i+1])
		}
	}
	none := mustQuery(t, srv.URL, q, map[string]any{"first": 0})
	if n := len(get(none, "events.edges").([]any)); n != 0 || get(none, "events.totalCount") != 4.0 || get(none, "events.pageInfo.hasNextPage") != true {
		t.Errorf("first: 0: got %d edges, totalCount %v, hasNextPage %v; want 0, 4, true",
			n, get(none, "events.totalCount"), get(none, "events.pageInfo.hasNextPage"))
	}
}

// TestMerges follows a merge made by an analyst through the API, then its
// undoing.
func TestMerges(t *testing.T) {
	c := graphtest.NewCorpus()
	store := mustOpenStore(t, c.Graphs...)
	srv := httptest.NewServer(NewHandler(store, Options{Logger: discard()}))
	defer srv.Close()

	m := graph.Merge{
		ID: graph.MergeID(c.TobiasRenn, c.MiraCastell), FromID: c.TobiasRenn, IntoID: c.MiraCastell,
		Names: []string{"Tobias Renn", "Mira Castell"}, Rule: "manual",
	}
	if err := store.ApplyMerge(t.Context(), m); err != nil {
		t.Fatal(err)
	}
	const q = `query($id: ID!, $undone: Boolean) {
		merges(nodeId: $id, includeUndone: $undone) { totalCount edges { node {
			id fromId intoId into { name } names rule article { id } createdAt undoneAt active
		} } }
		entity(id: $id) { id name }
	}`
	data := mustQuery(t, srv.URL, q, map[string]any{"id": c.TobiasRenn})
	for path, want := range map[string]any{
		"merges.totalCount":             1.0,
		"merges.edges.0.node.id":        m.ID,
		"merges.edges.0.node.fromId":    c.TobiasRenn,
		"merges.edges.0.node.intoId":    c.MiraCastell,
		"merges.edges.0.node.into.name": "Mira Castell",
		"merges.edges.0.node.rule":      "manual",
		"merges.edges.0.node.article":   nil,
		"merges.edges.0.node.undoneAt":  nil,
		"merges.edges.0.node.active":    true,
		"entity.id":                     c.MiraCastell, // the merged-away id finds the node it went into
		"merges.edges.0.node.names.0":   "Tobias Renn",
	} {
		if got := get(data, path); got != want {
			t.Errorf("%s: got %v, want %v", path, got, want)
		}
	}
	if created, _ := get(data, "merges.edges.0.node.createdAt").(string); created == "" {
		t.Error("createdAt is empty")
	}

	if err := store.UndoMerge(t.Context(), m.ID); err != nil {
		t.Fatal(err)
	}
	data = mustQuery(t, srv.URL, q, map[string]any{"id": c.TobiasRenn, "undone": true})
	if got := get(data, "merges.edges.0.node.active"); got != false {
		t.Errorf("after undo, active: got %v, want false", got)
	}
	if got, _ := get(data, "merges.edges.0.node.undoneAt").(string); got == "" {
		t.Errorf("after undo, undoneAt: got %v, want a time", get(data, "merges.edges.0.node.undoneAt"))
	}
	if got := get(data, "entity.name"); got != "Tobias Renn" {
		t.Errorf("after undo, entity: got %v, want Tobias Renn again", got)
	}
	active := mustQuery(t, srv.URL, q, map[string]any{"id": c.TobiasRenn})
	if got := get(active, "merges.totalCount"); got != 0.0 {
		t.Errorf("active merges after undo: got %v, want 0", got)
	}
}
