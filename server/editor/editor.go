// Package editor serves geokg's in-browser GraphQL editor: GraphiQL, with
// React and ReactDOM, from files compiled into the binary. Machines running
// geokg may have no internet, so nothing is loaded from a CDN; the page's
// Content-Security-Policy forbids it outright.
//
// The vendored files are the ones gqlgen's own playground pins, with the same
// Subresource Integrity hashes (assets/manifest.txt, fetch-assets.sh).
package editor

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// AssetPrefix is the path, below the handler's root, that Assets serves.
const AssetPrefix = "/editor/"

// ExampleQuery is the query the editor opens with on a first visit.
//
//go:embed example.graphql
var ExampleQuery string

var (
	//go:embed assets
	vendored embed.FS
	//go:embed geokg.js
	startScript []byte
	//go:embed page.html
	pageHTML string
)

// csp allows the page only what it loads from its own origin. Styles may be
// inline because GraphiQL sets style attributes; its fonts and icons are
// data: URIs inside its stylesheet.
const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"font-src 'self' data:; img-src 'self' data:; connect-src 'self'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// asset is one file the editor serves.
type asset struct {
	path        string // below AssetPrefix
	body        []byte
	sri         string // sha256-<base64>, as in an integrity attribute
	contentType string
	immutable   bool // versioned in its path, so browsers may keep it forever
}

// the server's state, built once from the embedded files.
var (
	assets   = map[string]*asset{}
	page     []byte
	pageETag string
)

func init() {
	manifest, err := readManifest()
	if err != nil {
		panic(err)
	}
	var styles, scripts []tag
	for _, m := range manifest {
		a := &asset{path: m.Path, sri: m.SRI, immutable: true}
		if a.body, err = fs.ReadFile(vendored, "assets/"+m.Path); err != nil {
			panic(fmt.Sprintf("editor: manifest names %s, which is not embedded: %v", m.Path, err))
		}
		add(a, &styles, &scripts)
	}
	add(&asset{path: "geokg.js", body: startScript, sri: SRI(startScript)}, &styles, &scripts)
	page, err = renderPage(styles, scripts)
	if err != nil {
		panic(err)
	}
	pageETag = `"` + SRI(page) + `"`
}

// tag is a stylesheet or script the page loads.
type tag struct{ URL, SRI string }

func add(a *asset, styles, scripts *[]tag) {
	t := tag{URL: strings.TrimPrefix(AssetPrefix, "/") + a.path, SRI: a.sri}
	switch path.Ext(a.path) {
	case ".css":
		a.contentType = "text/css; charset=utf-8"
		*styles = append(*styles, t)
	case ".js":
		a.contentType = "text/javascript; charset=utf-8"
		*scripts = append(*scripts, t)
	default:
		panic("editor: no content type for " + a.path)
	}
	assets[a.path] = a
}

// renderPage fills the page template. URLs are relative, so the page works
// wherever the handler is mounted.
func renderPage(styles, scripts []tag) ([]byte, error) {
	t, err := template.New("page").Parse(pageHTML)
	if err != nil {
		return nil, fmt.Errorf("editor: page template: %w", err)
	}
	var b bytes.Buffer
	err = t.Execute(&b, map[string]any{
		"Styles":  styles,
		"Scripts": scripts,
		// html/template writes this as JSON inside the script element.
		"Config": struct {
			Endpoint string `json:"endpoint"`
			Query    string `json:"query"`
		}{"graphql", ExampleQuery},
	})
	if err != nil {
		return nil, fmt.Errorf("editor: page template: %w", err)
	}
	return b.Bytes(), nil
}

// Page serves the editor's HTML page. The GraphQL endpoint is "graphql",
// relative to the page.
func Page() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", pageETag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(page))
	})
}

// Assets serves the editor's scripts and styles by their path below
// AssetPrefix; mount it with http.StripPrefix(AssetPrefix, …). Only the
// files the page loads are served.
func Assets() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.contentType)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("ETag", `"`+a.sri+`"`)
		if a.immutable {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	})
}

// SRI returns the Subresource Integrity value of b: "sha256-" and the
// base64 of its SHA-256.
func SRI(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}
