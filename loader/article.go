package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// rawArticle is what a reader found in one input before geokg's rules apply:
// fields as written, nothing normalised or checked yet.
type rawArticle struct {
	FeedID    string // the id the feed gave the article, if any
	Title     string
	URL       string
	Published string // as written: any form normalizePublished reads
	Text      string
	HasText   bool // false when a JSON object had no text field at all
}

// article applies the rules every format shares: valid UTF-8 without NULs,
// some text, a normalised publication day (the input's own, else fallback),
// and the id derived from URL, feed id or content.
func (r rawArticle) article(source, fallbackPublished string) (graph.Article, error) {
	for _, f := range []struct{ name, value string }{
		{"title", r.Title}, {"url", r.URL}, {"id", r.FeedID}, {"published", r.Published}, {"text", r.Text},
	} {
		if !utf8.ValidString(f.value) {
			return graph.Article{}, kindf(ErrEncoding, "%s is not valid UTF-8", f.name)
		}
		// A NUL reaches here only through a JSON \u0000 escape; no news
		// text holds one, and several tools downstream treat it as the end.
		if strings.IndexByte(f.value, 0) >= 0 {
			return graph.Article{}, kindf(ErrEncoding, "%s holds a NUL character", f.name)
		}
	}
	if !r.HasText {
		return graph.Article{}, kindf(ErrNoText, "no text, body or content field")
	}
	if strings.TrimSpace(r.Text) == "" {
		return graph.Article{}, ErrEmpty
	}
	published, err := normalizePublished(r.Published)
	if err != nil {
		return graph.Article{}, err
	}
	if published == "" {
		published = fallbackPublished
	}
	title := strings.Join(strings.Fields(r.Title), " ")
	url := strings.TrimSpace(r.URL)
	return graph.Article{
		ID:        graph.ArticleID(url, r.FeedID, title, r.Text),
		Title:     title,
		URL:       url,
		Published: published,
		Text:      r.Text,
		Source:    source,
	}, nil
}

// Fingerprint returns the article's fingerprint for an extractor of the given
// version: a hash of everything that can change what extraction produces. The
// source path is left out so that moving a file does not re-extract it.
func Fingerprint(a graph.Article, extractorVersion string) string {
	h := sha256.New()
	for _, s := range []string{a.Title, a.Text, a.URL, a.Published, extractorVersion} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
