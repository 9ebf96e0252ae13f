package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/loader/extract"
)

// The extractor is the loader's default; the assertion lives here so that
// loader may import extract without a cycle.
var _ loader.Extractor = (*extract.Extractor)(nil)

// mustExtract extracts a and checks that the graph validates.
func mustExtract(t testing.TB, x *extract.Extractor, a graph.Article) graph.ArticleGraph {
	t.Helper()
	g, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatalf("extract %s: %v", a.ID, err)
	}
	g.Article.Fingerprint = "test"
	if err := graph.ValidateArticleGraph(g); err != nil {
		t.Fatalf("extract %s: output does not validate: %v", a.ID, err)
	}
	return g
}

func docJSON(t testing.TB, g graph.ArticleGraph) []byte {
	t.Helper()
	b, err := json.Marshal(loader.NewDocument(g))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtract_Validates(t *testing.T) {
	x := extract.New()
	for _, a := range testArticles(t) {
		t.Run(a.ID, func(t *testing.T) {
			g := mustExtract(t, x, a)
			if len(g.Entities) == 0 || len(g.Events) == 0 || len(g.Claims) == 0 {
				t.Errorf("got %d entities, %d events, %d claims; want some of each", len(g.Entities), len(g.Events), len(g.Claims))
			}
			if g.Article.ID != a.ID || g.Article.Text != a.Text {
				t.Errorf("the article came back changed: got id %q, want %q", g.Article.ID, a.ID)
			}
		})
	}
}

func TestExtract_Deterministic(t *testing.T) {
	x := extract.New()
	arts := testArticles(t)
	want := make([][]byte, len(arts))
	for i, a := range arts {
		want[i] = docJSON(t, mustExtract(t, x, a))
	}
	// Same bytes on a second extractor and from many goroutines at once.
	y := extract.New()
	var wg sync.WaitGroup
	errs := make(chan error, 8*len(arts))
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				g, err := y.Extract(context.Background(), a)
				if err != nil {
					errs <- err
					return
				}
				b, _ := json.Marshal(loader.NewDocument(g))
				if !bytes.Equal(b, want[i]) {
					errs <- errors.New("different output for " + a.ID)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestExtract_Version(t *testing.T) {
	if v := extract.New().Version(); !strings.HasPrefix(v, "geokg-rules/") {
		t.Errorf("got version %q, want one naming the rules", v)
	}
}

func TestExtract_Cancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := extract.New().Extract(ctx, testArticles(t)[0])
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

// TestExtract_BadInput feeds text no article should have: every case must
// return a graph that validates, without panicking.
func TestExtract_BadInput(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"spaces", "   \n\n\t  "},
		{"invalid utf-8", "Officials in \xff\xfe Moscow said \xc3 the talks \x80 failed."},
		{"no punctuation", strings.Repeat("the minister met officials in Paris and talks continued ", 400)},
		{"only numbers", strings.Repeat("12 345 6,789 10:30 2024 ", 500)},
		{"html junk", `<html><script>var x = "President Smith said";</script><div class="a">Talks in <b>Kyiv</b> &amp; Moscow</div></html>`},
		{"lone punctuation", strings.Repeat(".,;:!?\"“”—–-()[] ", 200)},
		{"long word", strings.Repeat("a", 100000)},
		{"capitals", strings.Repeat("Alpha Beta Gamma Delta ", 2000)},
		{"brackets and quotes", `“[Anna] said — (“quoted”) — [“x”] ‘y’ ”`},
		{"dates only", "On Monday. Yesterday. Last week. April 31. 31 February 2024. May."},
		{"figures", "at least killed. killed at least. over 100 injured 75 wounded dozens dead."},
	}
	x := extract.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := graph.Article{ID: graph.ArticleID("", "", "bad", tt.text), Text: tt.text, Published: "2024-05-05"}
			g, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			g.Article.Fingerprint = "test"
			// The loader refuses invalid UTF-8 before extraction; here only
			// that complaint may remain, never a bad offset or reference.
			if err := graph.ValidateArticleGraph(g); err != nil && !onlyUTF8(err) {
				t.Errorf("output does not validate: %v", err)
			}
		})
	}
}

// TestExtract_HugeArticle runs a 20 MB article through: no panic, and a time
// that only linear cost allows (the benchmarks measure the rate itself).
func TestExtract_HugeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB article: skipped in -short mode")
	}
	var parts []string
	for _, a := range testArticles(t) {
		parts = append(parts, a.Text)
	}
	base := strings.Join(parts, "\n\n") + "\n\n"
	text := strings.Repeat(base, 20<<20/len(base)+1)
	a := graph.Article{ID: "article:huge", Text: text, Published: "2024-06-06"}
	start := time.Now()
	g, err := extract.New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	// Linear cost runs this in seconds; a quadratic pass would take hours.
	if d := time.Since(start); d > 3*time.Minute {
		t.Errorf("took %v for %d bytes", d, len(text))
	}
	if len(g.Entities) == 0 || len(g.Events) == 0 {
		t.Errorf("got %d entities and %d events from a long article, want some", len(g.Entities), len(g.Events))
	}
}

func FuzzExtract(f *testing.F) {
	for _, a := range testArticles(f) {
		f.Add(a.Text, a.Published)
	}
	f.Add("Pentagon spokesman Pat Ryder said on Sunday that at least 12 people were killed in Kharkiv.", "2024-03-03")
	f.Add("“We will not agree,” he said. U.S. officials met in St. Louis on Jan. 5 — only if a truce holds.", "")
	f.Add("\xff\xfeNAIROBI (Reuters) -- 3.5 million, 10:45, Gen. Smith's", "bad-date")
	x := extract.New()
	f.Fuzz(func(t *testing.T, text, published string) {
		// A fuzz input is small: one that runs this long loops forever or
		// costs more than linear time. Panicking makes the fuzzer keep it.
		timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("extraction of %q runs too long", text)) })
		defer timer.Stop()
		a := graph.Article{ID: "article:fuzz", Text: text, Published: published}
		g, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		g.Article.Fingerprint = "fuzz"
		if !validDate(published) {
			g.Article.Published = ""
		}
		if err := graph.ValidateArticleGraph(g); err != nil && !onlyUTF8(err) {
			t.Fatalf("output does not validate: %v", err)
		}
	})
}

// onlyUTF8 reports whether the only problem a validation found is text
// that is not UTF-8.
func onlyUTF8(err error) bool {
	for _, line := range strings.Split(err.Error(), "\n") {
		if !strings.Contains(line, "is not valid UTF-8") {
			return false
		}
	}
	return true
}

func validDate(s string) bool {
	_, err := time.Parse(graph.DateLayout, s)
	return err == nil
}

// TestExtract_OwnArticles checks what an analyst would expect from the
// project's own test articles: other conflicts, leaders and countries than
// any development text, so that rules prove general.
func TestExtract_OwnArticles(t *testing.T) {
	type want struct {
		entities []string // "Type:Name"
		events   []string // "Type date killed injured" for dated or counted events
		claims   []string // "sourceID TYPE targetID modality"
	}
	tests := map[string]want{
		"sudan-strike": {
			entities: []string{"Location:El Fasher", "Country:Sudan", "Organization:Rapid Support Forces", "Person:Mohamed Hamdan Dagalo", "Person:Antonio Guterres", "Organization:African Union", "Location:Addis Ababa"},
			events:   []string{"Attack 2024-09-16 27 60"},
			claims: []string{"person:mohamed-hamdan-dagalo LEADS organization:rapid-support-forces asserted",
				"person:antonio-guterres LEADS organization:united-nations asserted", "location:el-fasher LOCATED_IN country:SD asserted",
				"organization:sudanese-army CRITICIZED organization:rapid-support-forces asserted"},
		},
		"caucasus-talks": {
			entities: []string{"Person:Ararat Mirzoyan", "Person:Jeyhun Bayramov", "Country:Armenia", "Country:Azerbaijan", "Location:Geneva", "Country:Switzerland"},
			events:   []string{"Meeting 2024-06-05 0 0"},
			claims: []string{"person:ararat-mirzoyan MET_WITH person:jeyhun-bayramov asserted", "person:ilham-aliyev MET_WITH person:nikol-pashinyan possible",
				"person:ilham-aliyev LEADS country:AZ asserted", "location:geneva LOCATED_IN country:CH asserted"},
		},
		"eu-sanctions": {
			entities: []string{"Organization:European Union", "Country:Iran", "Person:Josep Borrell", "Person:Abbas Araghchi", "Organization:Islamic Revolutionary Guard Corps"},
			events:   []string{"Sanction 2024-10-14 0 0"},
			claims:   []string{"organization:european-union SANCTIONED country:IR asserted", "person:abbas-araghchi AFFILIATED_WITH country:IR asserted"},
		},
		"taiwan-drills": {
			entities: []string{"Country:China", "Country:Taiwan", "Person:Lai Ching-te", "Person:Shigeru Ishiba", "Country:Japan"},
			claims:   []string{"person:shigeru-ishiba LEADS country:JP asserted", "person:lai-ching-te MET_WITH person:shigeru-ishiba asserted"},
		},
		"paris-protest": {
			entities: []string{"Location:Paris", "Person:Emmanuel Macron", "Country:France"},
			events:   []string{"Protest 2023-03-07 0 12"},
			claims:   []string{"person:emmanuel-macron LEADS country:FR asserted"},
		},
		"gaza-truce": {
			entities: []string{"Country:Israel", "Country:Lebanon", "Organization:Hezbollah", "Organization:Hamas", "Person:Yahya Sinwar", "Person:Antony Blinken", "Location:Cairo"},
			events:   []string{"Attack 2024-08-21 3 0"},
			claims: []string{"country:IL ATTACKED country:LB asserted", "organization:hezbollah ATTACKED country:IL asserted",
				"person:yahya-sinwar LEADS organization:hamas asserted", "person:antony-blinken AFFILIATED_WITH country:US asserted"},
		},
	}
	x := extract.New()
	for _, a := range testArticles(t) {
		w, ok := tests[strings.Split(a.URL, "/")[len(strings.Split(a.URL, "/"))-1]]
		if !ok {
			continue
		}
		t.Run(a.URL, func(t *testing.T) {
			g := mustExtract(t, x, a)
			got := make(map[string]bool)
			for _, r := range g.Entities {
				got[string(r.Entity.Type)+":"+r.Entity.Name] = true
			}
			for _, r := range g.Events {
				e := r.Event
				k, i := 0, 0
				if e.Killed != nil {
					k = e.Killed.Value
				}
				if e.Injured != nil {
					i = e.Injured.Value
				}
				got[fmt.Sprintf("%s %s %d %d", e.Type, e.Date.Day(), k, i)] = true
			}
			for _, c := range g.Claims {
				r := c.Relation
				got[fmt.Sprintf("%s %s %s %s", r.SourceID, r.Type, r.TargetID, r.Modality)] = true
			}
			for _, list := range [][]string{w.entities, w.events, w.claims} {
				for _, k := range list {
					if !got[k] {
						t.Errorf("missing %s", k)
					}
				}
			}
		})
	}
}
