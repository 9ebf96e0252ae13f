package extract

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

func TestCutWindow(t *testing.T) {
	tests := []struct {
		name string
		text string
		size int
		want int
	}{
		{"short text is one window", "one paragraph.", 64, len("one paragraph.")},
		{"cut after a paragraph break", strings.Repeat("a", 40) + "\n\n" + strings.Repeat("b", 40), 64, 42},
		{"cut after a line break", strings.Repeat("a", 40) + "\n" + strings.Repeat("b", 40), 64, 41},
		{"cut after a space", strings.Repeat("a", 40) + " " + strings.Repeat("b", 40), 64, 41},
		{"no break: a code point boundary", strings.Repeat("é", 50), 63, 62},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cutWindow(tt.text, 0, tt.size)
			if got != tt.want {
				t.Errorf("got %d, want %d", got, tt.want)
			}
			if got < len(tt.text) && !utf8.RuneStart(tt.text[got]) {
				t.Errorf("cut at %d splits a code point", got)
			}
		})
	}
}

// TestExtractWindows reads a text longer than one window: the windows'
// mentions of one entity merge under its id, and every offset still
// points at its text in the whole article.
func TestExtractWindows(t *testing.T) {
	para := "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Ruto said the talks went well.\n\n"
	text := strings.Repeat(para, windowBytes/len(para)*2+3)
	a := graph.Article{ID: "article:long", Text: text, Published: "2025-03-05"}
	g, err := New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	g.Article.Fingerprint = "test"
	if err := graph.ValidateArticleGraph(g); err != nil {
		t.Fatalf("output does not validate: %v", err)
	}
	runes := []rune(text)
	count := 0
	for _, r := range g.Entities {
		if r.Entity.Name != "William Ruto" {
			continue
		}
		count++
		for _, m := range r.Mentions {
			if got := string(runes[m.Evidence.Start:m.Evidence.End]); got != m.Evidence.Sentence {
				t.Fatalf("evidence [%d,%d) reads %q, want %q", m.Evidence.Start, m.Evidence.End, got, m.Evidence.Sentence)
			}
		}
		if want := strings.Count(text, "Ruto"); len(r.Mentions) != want {
			t.Errorf("got %d mentions of Ruto, want %d", len(r.Mentions), want)
		}
	}
	if count != 1 {
		t.Errorf("got %d entities named William Ruto, want 1", count)
	}
}
