package loader_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// wantArticle is an expected article; the id is derived the way the loader
// must derive it, from the URL, else the feed id, else title and text.
type wantArticle struct {
	feedID, title, url, published, text, source string
}

func (w wantArticle) article() graph.Article {
	return graph.Article{
		ID:    graph.ArticleID(w.url, w.feedID, w.title, w.text),
		Title: w.title, URL: w.url, Published: w.published, Text: w.text, Source: w.source,
	}
}

// readItems reads every item of in.
func readItems(t *testing.T, in *loader.Input) []loader.Item {
	t.Helper()
	var items []loader.Item
	for it := range in.Articles(context.Background()) {
		items = append(items, it)
	}
	return items
}

// readOne reads path and fails unless it yields exactly one article.
func readOne(t *testing.T, path string) graph.Article {
	t.Helper()
	items := readItems(t, &loader.Input{Paths: []string{path}})
	if len(items) != 1 {
		t.Fatalf("%s: got %d items, want 1: %+v", path, len(items), items)
	}
	if items[0].Err != nil {
		t.Fatalf("%s: got error %v, want an article", path, items[0].Err)
	}
	return items[0].Article
}

func checkArticle(t *testing.T, got graph.Article, w wantArticle) {
	t.Helper()
	want := w.article()
	if got.Title != want.Title {
		t.Errorf("title: got %q, want %q", got.Title, want.Title)
	}
	if got.URL != want.URL {
		t.Errorf("url: got %q, want %q", got.URL, want.URL)
	}
	if got.Published != want.Published {
		t.Errorf("published: got %q, want %q", got.Published, want.Published)
	}
	if got.Text != want.Text {
		t.Errorf("text:\ngot  %q\nwant %q", got.Text, want.Text)
	}
	if got.Source != want.Source {
		t.Errorf("source: got %q, want %q", got.Source, want.Source)
	}
	if got.ID != want.ID {
		t.Errorf("id: got %q, want %q", got.ID, want.ID)
	}
	if got.Fingerprint != "" {
		t.Errorf("fingerprint: got %q, want none before extraction", got.Fingerprint)
	}
}

// oneArticleFile is a file holding one article, and the article.
type oneArticleFile struct {
	path string
	want wantArticle
}

func checkOneArticleFiles(t *testing.T, tests []oneArticleFile) {
	t.Helper()
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			tt.want.source = tt.path
			checkArticle(t, readOne(t, tt.path), tt.want)
		})
	}
}

func TestInput_Text(t *testing.T) {
	tests := []oneArticleFile{
		{"testdata/text/headers.txt", wantArticle{
			title:     "Port authority reopens northern terminal after storm",
			url:       "https://news.example.org/2025/09/port-terminal",
			published: "2025-09-14",
			text:      "The northern terminal of the port reopened on Sunday after a storm closed it for three days.\n\nOfficials said cargo traffic would return to normal by Wednesday.",
		}},
		{"testdata/text/markdown.md", wantArticle{
			title:     "Coastal towns vote on a new water agreement",
			published: "2025-04-16", // "Source: Harbour Daily" names an outlet, not an address
			text:      "Residents of three coastal towns voted on Tuesday on a shared water agreement.\n\n## Turnout\n\nTurnout was higher than at the last local election.",
		}},
		{"testdata/text/frontmatter.md", wantArticle{
			title:     "Ministers agree on rail link study",
			url:       "https://news.example.org/rail-study",
			published: "2025-03-02",
			text:      "Transport ministers from two neighbouring countries agreed on Saturday to fund a study of a cross-border rail link.",
		}},
		{"testdata/text/setext.txt", wantArticle{
			title: "Farmers protest fuel prices",
			text:  "Hundreds of farmers drove tractors into the capital on Monday to protest against fuel prices.",
		}},
		{"testdata/text/bodyonly.txt", wantArticle{
			text: "The council met on Thursday. It approved the budget for the coming year and postponed a vote on parking fees.",
		}},
		{"testdata/text/crlf.txt", wantArticle{
			title: "Flood warning lifted", published: "2025-01-05",
			text: "The flood warning for the river valley was lifted on Sunday.",
		}},
		{"testdata/text/bom.txt", wantArticle{
			title: "Bridge inspection finished", published: "2025-02-10",
			text: "Inspectors finished checking the old bridge on Friday.",
		}},
	}
	checkOneArticleFiles(t, tests)
}

func TestInput_HTML(t *testing.T) {
	tests := []oneArticleFile{
		{"testdata/html/article.html", wantArticle{
			title: "Drone strike damages fuel depot",
			url:   "https://news.example.org/world/fuel-depot",
			// The meta tag's own day, not the UTC day after it.
			published: "2025-05-18",
			text: "A drone struck a fuel depot on the edge of the city on Sunday, officials said.\n\n" +
				"The fire was put out after four hours. No one was hurt, the regional governor said.\n\n" +
				"It was the third such attack this month.",
		}},
		{"testdata/html/main.html", wantArticle{
			title:     "Talks resume in the capital",
			published: "2025-06-03",
			text: "Delegations from the two governments resumed talks on Tuesday.\n\n" +
				"The talks are expected to last\n\nthree days.\n\nBy a staff reporter, June 3",
		}},
		{"testdata/html/paragraphs.html", wantArticle{
			published: "2025-07-09",
			text:      "Election officials counted ballots through the night.\n\nResults are due on Thursday.",
		}},
		{"testdata/html/latin1.html", wantArticle{
			title: "Café owners protest",
			text:  "Café owners marched on Monday – peacefully.",
		}},
	}
	checkOneArticleFiles(t, tests)
}

func TestInput_JSON(t *testing.T) {
	tests := []struct {
		path string
		want []wantArticle
		errs map[string]error // source → kind of error expected there
	}{
		{path: "testdata/json/article.json", want: []wantArticle{{
			feedID: "wire-20250412-0031", title: "Border crossing reopens", published: "2025-04-12",
			text: "The main border crossing reopened on Saturday after a two-week closure.",
		}}},
		{path: "testdata/json/aliases.json", want: []wantArticle{{
			feedID: "4471", title: "Parliament passes budget", url: "https://news.example.org/budget",
			published: "2025-03-07", text: "Parliament passed the budget on Friday by a narrow margin.",
		}}},
		{
			path: "testdata/json/array.json",
			want: []wantArticle{
				{title: "Grain ship leaves port", published: "2025-08-04", text: "A grain ship left the port on Monday.", source: ":2"},
				{title: "Second ship follows", published: "2025-08-05", text: "A second ship followed on Tuesday.", source: ":4"},
			},
			errs: map[string]error{":3": loader.ErrNoText},
		},
		{
			path: "testdata/json/articles.jsonl",
			want: []wantArticle{
				{feedID: "a1", title: "Ceasefire talks open", published: "2025-02-03", text: "Negotiators opened ceasefire talks on Monday.", source: ":1"},
				{feedID: "a7", published: "2025-02-04", text: "Talks continued on Tuesday without a title.", source: ":8"},
			},
			errs: map[string]error{
				":3": loader.ErrMalformed, ":4": loader.ErrEmpty, ":5": loader.ErrNotArticle,
				":6": loader.ErrNotArticle, ":7": loader.ErrDate,
			},
		},
		{
			// JSON Lines named .json, as many datasets are.
			path: "testdata/json/lines.json",
			want: []wantArticle{
				{title: "One", text: "First line article.", source: ":1"},
				{title: "Two", text: "Second line article.", source: ":2"},
			},
		},
		{
			path: "testdata/json/badutf8.jsonl",
			want: []wantArticle{{feedID: "b2", published: "2025-02-05", text: "fine", source: ":2"}},
			errs: map[string]error{":1": loader.ErrEncoding},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			items := readItems(t, &loader.Input{Paths: []string{tt.path}})
			var arts []graph.Article
			gotErrs := make(map[string]error)
			for _, it := range items {
				if it.Err != nil {
					gotErrs[it.Article.Source] = it.Err
					continue
				}
				arts = append(arts, it.Article)
			}
			if len(arts) != len(tt.want) {
				t.Fatalf("got %d articles, want %d (errors: %v)", len(arts), len(tt.want), gotErrs)
			}
			for i, w := range tt.want {
				w.source = tt.path + w.source
				checkArticle(t, arts[i], w)
			}
			if len(gotErrs) != len(tt.errs) {
				t.Errorf("got %d errors %v, want %d", len(gotErrs), gotErrs, len(tt.errs))
			}
			for src, kind := range tt.errs {
				err := gotErrs[tt.path+src]
				if !errors.Is(err, kind) {
					t.Errorf("%s%s: got error %v, want %v", tt.path, src, err, kind)
				}
				if err != nil && !strings.HasPrefix(err.Error(), tt.path+src+": ") {
					t.Errorf("got message %q, want it to start with %q", err, tt.path+src+": ")
				}
			}
		})
	}
}

func TestInput_BadFiles(t *testing.T) {
	tests := []struct {
		path string
		kind error
		msg  string // the whole error message
	}{
		{"testdata/bad/binary.txt", loader.ErrBinary, "testdata/bad/binary.txt: binary file"},
		{"testdata/bad/latin1.txt", loader.ErrEncoding, "testdata/bad/latin1.txt:3: invalid UTF-8: byte 0xe9 at column 35"},
		{"testdata/bad/empty.txt", loader.ErrEmpty, "testdata/bad/empty.txt: empty article"},
		{"testdata/bad/titleonly.txt", loader.ErrEmpty, "testdata/bad/titleonly.txt: empty article"},
		{"testdata/bad/utf16.txt", loader.ErrEncoding, "testdata/bad/utf16.txt: invalid UTF-8: UTF-16 text; convert it to UTF-8"},
		{"testdata/bad/baddate.txt", loader.ErrDate, `testdata/bad/baddate.txt: unrecognised date: "31/31/2025" (want YYYY-MM-DD, an RFC 3339 timestamp or a date such as "April 16, 2025")`},
		{"testdata/bad/malformed.json", loader.ErrMalformed, "testdata/bad/malformed.json:2: malformed JSON: unexpected end of JSON input"},
		{"testdata/html/nodate.html", loader.ErrDate, ""},
		{"testdata/bad/no-such-file.txt", fs.ErrNotExist, "testdata/bad/no-such-file.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			items := readItems(t, &loader.Input{Paths: []string{tt.path}})
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			err := items[0].Err
			if !errors.Is(err, tt.kind) {
				t.Fatalf("got error %v, want %v", err, tt.kind)
			}
			var ie *loader.InputError
			if !errors.As(err, &ie) || ie.Path != tt.path {
				t.Errorf("got %#v, want an *InputError for %s", err, tt.path)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("got message %q, want %q", err, tt.msg)
			}
			if tt.kind != fs.ErrNotExist && !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("errors.Is(%v, graph.ErrInvalid) = false, want true", err)
			}
			if items[0].Article.Source == "" {
				t.Errorf("a skipped item must still say where it came from")
			}
		})
	}
}

func TestInput_TooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("word "), 150), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := filepath.Join(dir, "lines.jsonl")
	long := `{"text": "` + strings.Repeat("x", 1200) + `"}`
	if err := os.WriteFile(lines, []byte(long+"\n"+`{"text": "short"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	items := readItems(t, &loader.Input{Paths: []string{big, lines}, MaxBytes: 1000})
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	for i, wantErr := range []bool{false, true, false} {
		if got := items[i].Err != nil; got != wantErr {
			t.Errorf("item %d: got error %v, want error: %v", i, items[i].Err, wantErr)
		}
	}
	items = readItems(t, &loader.Input{Paths: []string{big}, MaxBytes: 749})
	if len(items) != 1 || !errors.Is(items[0].Err, loader.ErrTooLarge) {
		t.Errorf("got %+v, want one ErrTooLarge item", items)
	}
	items = readItems(t, &loader.Input{Paths: []string{lines}, MaxBytes: 100})
	if len(items) != 2 || !errors.Is(items[0].Err, loader.ErrTooLarge) || items[1].Err != nil {
		t.Errorf("got %+v, want ErrTooLarge on line 1 and the article on line 2", items)
	}
}

// A 20 MB article reads whole, in one piece, in every format that can hold it.
func TestInput_HugeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 40 MB of files")
	}
	dir := t.TempDir()
	sentence := "Officials said the convoy reached the city on Sunday. "
	body := strings.Repeat(sentence, 20<<20/len(sentence))
	txt := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(txt, []byte("Huge\nDate: 2025-01-02\n\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	jl := filepath.Join(dir, "huge.jsonl")
	if err := os.WriteFile(jl, []byte(`{"title":"Huge","text":"`+body+`"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{txt, jl} {
		a := readOne(t, p)
		if got, want := len(a.Text), len(strings.TrimSpace(body)); got != want && got != len(body) {
			t.Errorf("%s: got %d bytes of text, want %d", p, got, want)
		}
	}
}

func TestInput_Folder(t *testing.T) {
	in := &loader.Input{Paths: []string{"testdata/folder"}, Published: "2025-10-01"}
	items := readItems(t, in)
	var got []string
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("%s: %v", it.Article.Source, it.Err)
		}
		got = append(got, it.Article.Source+" "+it.Article.Title+" "+it.Article.Published)
	}
	want := []string{
		"testdata/folder/a.md First file 2025-10-01", // the fallback date
		"testdata/folder/b.txt Second file 2025-10-02",
		"testdata/folder/sub/c.jsonl:1 Third 2025-10-01",
		"testdata/folder/sub/c.jsonl:2 Fourth 2025-10-01",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	n, known := in.Count(context.Background())
	if n != len(want) || !known {
		t.Errorf("Count: got %d, %v, want %d, true", n, known, len(want))
	}
}

func TestInput_FS(t *testing.T) {
	fsys := fstest.MapFS{
		"articles/one.txt":  {Data: []byte("One\nDate: 2025-05-05\n\nFirst text.\n")},
		"articles/two.md":   {Data: []byte("# Two\n\nSecond text.\n")},
		"articles/skip.png": {Data: []byte{0x89, 'P', 'N', 'G'}},
	}
	items := readItems(t, &loader.Input{FS: fsys, Paths: []string{"articles"}})
	if len(items) != 2 {
		t.Fatalf("got %d items, want 2: %+v", len(items), items)
	}
	checkArticle(t, items[0].Article, wantArticle{title: "One", published: "2025-05-05", text: "First text.", source: "articles/one.txt"})
	checkArticle(t, items[1].Article, wantArticle{title: "Two", text: "Second text.", source: "articles/two.md"})
}

func TestInput_Stdin(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []wantArticle
	}{
		{"jsonl", "{\"title\":\"A\",\"text\":\"First.\"}\n\n{\"title\":\"B\",\"text\":\"Second.\"}\n", []wantArticle{
			{title: "A", text: "First.", source: "stdin:1"},
			{title: "B", text: "Second.", source: "stdin:3"},
		}},
		{"pretty json object", "{\n  \"title\": \"A\",\n  \"text\": \"First.\"\n}\n", []wantArticle{
			{title: "A", text: "First.", source: "stdin"},
		}},
		{"json array", `[{"title":"A","text":"First."}]`, []wantArticle{
			{title: "A", text: "First.", source: "stdin:1"},
		}},
		{"html", "<html><head><title>A</title></head><body><p>First.</p></body></html>", []wantArticle{
			{title: "A", text: "First.", source: "stdin"},
		}},
		{"text", "A\nDate: 2025-03-03\n\nFirst.\n", []wantArticle{
			{title: "A", published: "2025-03-03", text: "First.", source: "stdin"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := readItems(t, &loader.Input{Paths: []string{loader.Stdin}, Stdin: strings.NewReader(tt.input)})
			if len(items) != len(tt.want) {
				t.Fatalf("got %d items, want %d: %+v", len(items), len(tt.want), items)
			}
			for i, w := range tt.want {
				if items[i].Err != nil {
					t.Fatalf("item %d: %v", i, items[i].Err)
				}
				checkArticle(t, items[i].Article, w)
			}
		})
	}
}

// An unknown extension named on the command line is sniffed, not refused.
func TestInput_UnknownExtensionNamedDirectly(t *testing.T) {
	p := filepath.Join(t.TempDir(), "feed.out")
	if err := os.WriteFile(p, []byte(`{"title":"A","text":"One."}`+"\n"+`{"title":"B","text":"Two."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	items := readItems(t, &loader.Input{Paths: []string{p}})
	if len(items) != 2 || items[1].Article.Source != p+":2" {
		t.Errorf("got %+v, want two JSON Lines articles", items)
	}
}

func TestInput_StopsWhenCallerStops(t *testing.T) {
	in := &loader.Input{Paths: []string{"testdata/folder", "testdata/text"}}
	n := 0
	for range in.Articles(context.Background()) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("got %d items, want 2", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n = 0
	for range in.Articles(ctx) {
		n++
		cancel()
	}
	if n != 1 {
		t.Errorf("after cancel: got %d items, want 1", n)
	}
}

func TestInput_BadDefaultDate(t *testing.T) {
	items := readItems(t, &loader.Input{Paths: []string{"testdata/text"}, Published: "someday"})
	if len(items) != 1 || !errors.Is(items[0].Err, loader.ErrDate) {
		t.Errorf("got %+v, want one ErrDate item", items)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2025-04-16", "2025-04-16", true},
		{"  2025-04-16 ", "2025-04-16", true},
		{"2025-04-16T23:30:00-04:00", "2025-04-16", true},
		{"2025-04-16T03:30:00+09:00", "2025-04-16", true},
		{"2025-04-16T10:00:00.123Z", "2025-04-16", true},
		{"2025-04-16T10:00:00", "2025-04-16", true},
		{"2025-04-16 10:00:00", "2025-04-16", true},
		{"2025/04/16", "2025-04-16", true},
		{"Wed, 16 Apr 2025 10:00:00 +0000", "2025-04-16", true},
		{"Wed, 16 Apr 2025 10:00:00 GMT", "2025-04-16", true},
		{"April 16, 2025", "2025-04-16", true},
		{"april 16th, 2025", "2025-04-16", true},
		{"Apr 16, 2025", "2025-04-16", true},
		{"Sept. 3, 2025", "2025-09-03", true},
		{"16 April 2025", "2025-04-16", true},
		{"Wednesday, April 16, 2025", "2025-04-16", true},
		{"20250416", "2025-04-16", true},
		{"", "", true},
		{"04/16/2025", "", false},
		{"2025-02-30", "", false},
		{"yesterday", "", false},
		{"0001-01-01", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := loader.NormalizeDate(tt.in)
			if (err == nil) != tt.ok {
				t.Fatalf("got error %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, loader.ErrDate) {
				t.Errorf("got error %v, want ErrDate", err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
