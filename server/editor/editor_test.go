package editor

import (
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/playground"
)

// tagAttrs finds the src or href of each script and stylesheet in a page,
// with its integrity attribute.
var tagAttrs = regexp.MustCompile(`(?s)(?:src|href)="([^"]+)"\s+integrity="([^"]+)"`)

func TestAssetsMatchManifest(t *testing.T) {
	manifest, err := readManifest()
	if err != nil {
		t.Fatal(err)
	}
	if len(manifest) == 0 {
		t.Fatal("manifest lists no files")
	}
	for _, m := range manifest {
		t.Run(m.Path, func(t *testing.T) {
			a, ok := assets[m.Path]
			if !ok {
				t.Fatalf("%s is in the manifest but not served", m.Path)
			}
			if got := SRI(a.body); got != m.SRI {
				t.Errorf("embedded %s hashes to %s, want %s (re-run fetch-assets.sh)", m.Path, got, m.SRI)
			}
		})
	}
}

// TestAssetsMatchGqlgen checks that the vendored files are exactly the ones
// the gqlgen in go.mod pins in its playground, file for file and hash for
// hash, so upgrading gqlgen without re-fetching the editor fails here.
func TestAssetsMatchGqlgen(t *testing.T) {
	rec := httptest.NewRecorder()
	playground.Handler("geokg", "/graphql")(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	pinned := make(map[string]string) // CDN URL → SRI
	for _, m := range tagAttrs.FindAllStringSubmatch(rec.Body.String(), -1) {
		pinned[html.UnescapeString(m[1])] = html.UnescapeString(m[2])
	}
	if len(pinned) == 0 {
		t.Fatalf("found no pinned assets in gqlgen's playground page:\n%s", rec.Body.String())
	}
	manifest, err := readManifest()
	if err != nil {
		t.Fatal(err)
	}
	matched := make(map[string]bool)
	for _, m := range manifest {
		suffix := "/npm/" + m.Package + "/" + m.File
		var url string
		for u := range pinned {
			if strings.HasSuffix(u, suffix) {
				url = u
			}
		}
		if url == "" {
			t.Errorf("gqlgen's playground does not load %s %s; it loads %v", m.Package, m.File, keys(pinned))
			continue
		}
		matched[url] = true
		if pinned[url] != m.SRI {
			t.Errorf("%s: gqlgen pins %s, manifest has %s", url, pinned[url], m.SRI)
		}
	}
	for u := range pinned {
		if !matched[u] {
			t.Errorf("gqlgen's playground loads %s, which the editor does not vendor", u)
		}
	}
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestPageLoadsOnlyItsOwnAssets follows every script and stylesheet of the
// page through Assets and checks that it is local, served, and matches its
// integrity hash, so a browser would load it.
func TestPageLoadsOnlyItsOwnAssets(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", Page())
	mux.Handle("GET "+AssetPrefix, http.StripPrefix(AssetPrefix, Assets()))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if got := res.Header.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'none'") || !strings.Contains(got, "script-src 'self'") {
		t.Errorf("Content-Security-Policy = %q, want one that allows only the page's own origin", got)
	}
	body := new(strings.Builder)
	if _, err := io.Copy(body, res.Body); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(body.String(), "http://") || strings.Contains(body.String(), "https://") {
		t.Errorf("page names an absolute URL:\n%s", body)
	}
	tags := tagAttrs.FindAllStringSubmatch(body.String(), -1)
	if got, want := len(tags), len(assets); got != want {
		t.Fatalf("page loads %d scripts and styles, want %d (every served asset)", got, want)
	}
	for _, m := range tags {
		ref, sri := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		res, err := http.Get(srv.URL + "/" + ref)
		if err != nil {
			t.Fatal(err)
		}
		b := new(strings.Builder)
		_, err = io.Copy(b, res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", ref, res.StatusCode)
			continue
		}
		if got := SRI([]byte(b.String())); got != sri {
			t.Errorf("GET %s hashes to %s, page says integrity %s", ref, got, sri)
		}
	}
	if !strings.Contains(body.String(), "query NewestEvents") {
		t.Error("page does not carry the example query")
	}
}

func TestAssetsServeOnlyListedFiles(t *testing.T) {
	for _, path := range []string{"", "manifest.txt", "graphiql-4.1.2/", "graphiql-4.1.2/LICENSE", "../editor.go", "nope.js"} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path = path
		rec := httptest.NewRecorder()
		Assets().ServeHTTP(rec, req)
		if rec.Code != http.StatusNotFound {
			t.Errorf("GET %q: status %d, want 404", path, rec.Code)
		}
	}
}
