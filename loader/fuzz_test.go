package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// fuzzRead reads data as the file name and checks what every reader must
// guarantee whatever the bytes: no panic, and each item either an
// *InputError naming the file or an article geokg can store.
func fuzzRead(t *testing.T, name string, data []byte) []loader.Item {
	items := readItems(t, &loader.Input{FS: fstest.MapFS{name: {Data: data}}, Paths: []string{name}})
	for _, it := range items {
		if !strings.HasPrefix(it.Article.Source, name) {
			t.Fatalf("got source %q, want it to start with %q", it.Article.Source, name)
		}
		if it.Err != nil {
			var ie *loader.InputError
			if !errors.As(it.Err, &ie) || ie.Path != name {
				t.Fatalf("got error %#v, want an *InputError for %s", it.Err, name)
			}
			continue
		}
		a := it.Article
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.URL) {
			t.Fatalf("article holds invalid UTF-8: %+v", a)
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatalf("got an article with no text from %q", data)
		}
		if a.Published != "" {
			if _, err := time.Parse(graph.DateLayout, a.Published); err != nil {
				t.Fatalf("published %q is not YYYY-MM-DD", a.Published)
			}
		}
		if graph.IDType(a.ID) != "Article" {
			t.Fatalf("id %q is not an article id", a.ID)
		}
		a.Fingerprint = "f"
		if err := graph.ValidateArticleGraph(graph.ArticleGraph{Article: a}); err != nil {
			t.Fatalf("the article would not validate: %v", err)
		}
	}
	return items
}

func addFiles(f *testing.F, pattern string) {
	f.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzReadJSONL(f *testing.F) {
	addFiles(f, "testdata/json/*.jsonl")
	f.Add([]byte("{\"text\":\"a\"}\r\n\n{\"text\":\"\\u0000\"}\n{\"text\":\"\\ud800\"}"))
	f.Add([]byte("{\"text\": \"x\", \"published\": \"2025-13-45\"}\n[]\nnull\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := fuzzRead(t, "in.jsonl", data)
		if max := strings.Count(string(data), "\n") + 1; len(items) > max {
			t.Fatalf("got %d items from %d lines", len(items), max)
		}
	})
}

func FuzzReadJSON(f *testing.F) {
	addFiles(f, "testdata/json/*.json")
	f.Add([]byte(`[{"text":"a"},{"text":"b"}`))
	f.Add([]byte(`[1, {"body": "x"}, null]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "in.json", data)
	})
}

func FuzzReadHTML(f *testing.F) {
	addFiles(f, "testdata/html/*.html")
	f.Add([]byte("<article><p>a<script>b</script></p><nav><p>c</p></nav>"))
	f.Add([]byte("<p>unclosed <div class='menu'>x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := fuzzRead(t, "in.html", data)
		if len(items) != 1 {
			t.Fatalf("got %d items, want 1", len(items))
		}
		if it := items[0]; it.Err == nil {
			for _, p := range strings.Split(it.Article.Text, "\n\n") {
				if p == "" || strings.TrimSpace(p) != p {
					t.Fatalf("paragraph %q is empty or has blank ends", p)
				}
			}
		}
	})
}

func FuzzReadText(f *testing.F) {
	addFiles(f, "testdata/text/*")
	addFiles(f, "testdata/bad/*")
	f.Add([]byte("---\ntitle: x\n---"))
	f.Add([]byte("#\n\nDate: 2025-01-01\n\nx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := fuzzRead(t, "in.txt", data)
		if len(items) != 1 {
			t.Fatalf("got %d items, want 1", len(items))
		}
		if it := items[0]; it.Err == nil && strings.TrimSpace(it.Article.Text) != it.Article.Text {
			t.Fatalf("text %q has blank ends", it.Article.Text)
		}
	})
}

func FuzzReadStdin(f *testing.F) {
	addFiles(f, "testdata/json/*")
	addFiles(f, "testdata/html/*")
	addFiles(f, "testdata/text/*")
	f.Fuzz(func(t *testing.T, data []byte) {
		var items []loader.Item
		in := &loader.Input{Paths: []string{loader.Stdin}, Stdin: strings.NewReader(string(data))}
		for it := range in.Articles(context.Background()) {
			items = append(items, it)
		}
		for _, it := range items {
			if it.Err == nil && strings.TrimSpace(it.Article.Text) == "" {
				t.Fatalf("got an article with no text")
			}
			if !strings.HasPrefix(it.Article.Source, "stdin") {
				t.Fatalf("got source %q, want stdin…", it.Article.Source)
			}
		}
	})
}

func FuzzNormalizeDate(f *testing.F) {
	for _, s := range []string{"2025-04-16", "April 16th, 2025", "Wed, 16 Apr 2025 10:00:00 +0000", "2025-04-16T23:30:00-04:00", "sept. 3, 2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := loader.NormalizeDate(s)
		if err != nil {
			if !errors.Is(err, loader.ErrDate) {
				t.Fatalf("got error %v, want ErrDate", err)
			}
			return
		}
		if got == "" {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q gave no date and no error", s)
			}
			return
		}
		if _, err := time.Parse(graph.DateLayout, got); err != nil {
			t.Fatalf("%q gave %q, not YYYY-MM-DD", s, got)
		}
		if again, err := loader.NormalizeDate(got); err != nil || again != got {
			t.Fatalf("normalising %q again gave %q, %v", got, again, err)
		}
	})
}
