package loader

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// HTML pages are read with a streaming tokenizer, not a tree, so a 20 MB page
// costs its text rather than a DOM. The rules:
//
//   - Body: the text of the <article> holding the most text; else of <main>;
//     else of every <p>; else all text. Block elements (p, li, headings, div…)
//     become paragraphs separated by a blank line.
//   - Never body text: script, style, template, svg, forms, nav, header,
//     footer, aside, menu, figure, elements hidden with the hidden attribute
//     or aria-hidden, landmark roles other than main, and elements whose class
//     or id names a menu, share bar, sidebar, newsletter box or similar.
//   - Title: the first <h1> inside an <article>, else og:title, else the
//     first <h1> outside page chrome, else <title>.
//   - Published: article:published_time and similar meta tags, else JSON-LD
//     datePublished, else the first <time datetime> in an article, else the
//     first on the page.
//   - URL: <link rel="canonical">, else og:url.
//   - Encoding: UTF-8 unless a byte-order mark or <meta charset> says
//     otherwise; undeclared bytes that are not UTF-8 are read as
//     windows-1252, as browsers do.

// chromeTags never hold the story.
var chromeTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Menu: true,
	atom.Figure: true, atom.Figcaption: true, atom.Dialog: true,
}

// chromeRoles are ARIA landmark roles of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true, "alert": true,
}

// chromeWords are class and id words (split at spaces, hyphens and
// underscores) that mark furniture inside the story's container.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "sidebar": true, "share": true, "sharing": true, "social": true,
	"related": true, "newsletter": true, "cookie": true, "cookies": true, "promo": true,
	"advert": true, "advertisement": true, "ads": true, "comments": true, "subscribe": true,
}

// blockTags end one paragraph and start another.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Body: true, atom.Hr: true, atom.Address: true,
}

// voidTags have no end tag and never go on the element stack.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// publishedMeta lists meta tags that carry the publication time, best first.
var publishedMeta = []string{
	"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
	"publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.date", "date", "citation_publication_date",
}

type htmlBlock struct {
	text    string
	article int  // index of the top-level <article> it sits in; -1 outside
	main    bool // inside <main> or role=main
	para    bool // inside a <p>
}

type htmlElem struct {
	tag     atom.Atom
	chrome  bool
	article int // top-level article index this element opened; -1 if none
	main    bool
}

type htmlReader struct {
	stack       []htmlElem
	chrome      int // how many elements on the stack are chrome
	article     int // index of the open top-level <article>; -1 when none
	articles    int // how many top-level <article>s were seen
	mainDepth   int
	paraDepth   int
	preDepth    int
	inTitle     bool
	h1          *strings.Builder // non-nil while inside the <h1> being captured
	h1InArticle bool

	cur    strings.Builder
	blocks []htmlBlock

	titleTag, ogTitle, h1Title, h1ArticleTitle string
	canonical, ogURL                           string
	meta                                       map[string]string
	ldPublished, timeArticle, timeAny          string
	inLD                                       bool
}

func parseHTML(data []byte) (rawArticle, error) {
	if !utf8.Valid(data) {
		enc, name, _ := charset.DetermineEncoding(data, "")
		if name == "utf-8" {
			return rawArticle{}, kindf(ErrEncoding, "the page declares UTF-8 but is not")
		}
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return rawArticle{}, kindf(ErrEncoding, "decoding %s: %v", name, err)
		}
		data = decoded
	}
	r := &htmlReader{article: -1, meta: make(map[string]string)}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			r.flush()
			return r.result()
		case html.TextToken:
			r.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := atom.Lookup(name)
			var attrs map[string]string
			if hasAttr {
				attrs = make(map[string]string)
				for {
					k, v, more := z.TagAttr()
					attrs[string(k)] = string(v)
					if !more {
						break
					}
				}
			}
			r.start(tag, attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(atom.Lookup(name))
		}
	}
}

func (r *htmlReader) start(tag atom.Atom, attrs map[string]string, selfClosing bool) {
	switch tag {
	case atom.Meta:
		r.metaTag(attrs)
		return
	case atom.Link:
		if strings.EqualFold(attrs["rel"], "canonical") && r.canonical == "" {
			r.canonical = attrs["href"]
		}
		return
	case atom.Br:
		r.flush() // a line break in running text is as good as a paragraph end for sentences
		return
	case atom.Title:
		r.inTitle = !selfClosing
		return
	case atom.Time:
		// An article's own <header> is chrome for the body but is where
		// its date and headline usually sit.
		if dt := strings.TrimSpace(attrs["datetime"]); dt != "" {
			if r.article >= 0 && r.timeArticle == "" {
				r.timeArticle = dt
			}
			if r.chrome == 0 && r.timeAny == "" {
				r.timeAny = dt
			}
		}
	case atom.Script:
		r.inLD = strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json")
	}
	if blockTags[tag] {
		r.flush()
	}
	if voidTags[tag] || selfClosing {
		return
	}
	// <p> and <li> close an open sibling implicitly.
	if (tag == atom.P || tag == atom.Li) && len(r.stack) > 0 && r.stack[len(r.stack)-1].tag == tag {
		r.pop()
	}
	e := htmlElem{tag: tag, article: -1, chrome: isChrome(tag, attrs)}
	if e.chrome {
		r.chrome++
	}
	if tag == atom.Article && r.article < 0 {
		e.article = r.articles
		r.article = r.articles
		r.articles++
	}
	if tag == atom.Main || strings.EqualFold(attrs["role"], "main") {
		e.main = true
		r.mainDepth++
	}
	switch tag {
	case atom.P:
		r.paraDepth++
	case atom.Pre:
		r.preDepth++
	case atom.H1:
		if r.h1 == nil && (r.chrome == 0 || r.article >= 0) {
			r.h1 = &strings.Builder{}
			r.h1InArticle = r.article >= 0
		}
	}
	r.stack = append(r.stack, e)
}

func (r *htmlReader) end(tag atom.Atom) {
	switch tag {
	case atom.Title:
		r.inTitle = false
		return
	case atom.Script:
		r.inLD = false
	}
	// Pop to the matching open element; a stray end tag matches nothing and
	// is ignored, as browsers do.
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].tag != tag {
			continue
		}
		if blockTags[tag] {
			r.flush()
		}
		for len(r.stack) > i {
			r.pop()
		}
		return
	}
}

func (r *htmlReader) pop() {
	e := r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	if e.chrome {
		r.chrome--
	}
	if e.article >= 0 {
		r.flush()
		r.article = -1
	}
	if e.main {
		r.mainDepth--
	}
	switch e.tag {
	case atom.P:
		r.paraDepth--
	case atom.Pre:
		r.preDepth--
	case atom.H1:
		if r.h1 != nil {
			t := collapse(r.h1.String())
			if r.h1InArticle && r.h1ArticleTitle == "" {
				r.h1ArticleTitle = t
			} else if r.h1Title == "" {
				r.h1Title = t
			}
			r.h1 = nil
		}
	}
}

func (r *htmlReader) text(s string) {
	switch {
	case r.inTitle:
		if r.titleTag == "" {
			r.titleTag = collapse(s)
		}
		return
	case r.inLD:
		r.jsonLD(s)
		return
	}
	if r.h1 != nil {
		r.h1.WriteString(s)
	}
	if r.chrome == 0 {
		r.cur.WriteString(s)
	}
}

func (r *htmlReader) flush() {
	t := r.cur.String()
	r.cur.Reset()
	if r.h1 != nil {
		return // a headline is the title, not body text
	}
	if r.preDepth == 0 {
		t = collapse(t)
	} else {
		t = strings.TrimSpace(t)
	}
	if t == "" {
		return
	}
	r.blocks = append(r.blocks, htmlBlock{text: t, article: r.article, main: r.mainDepth > 0, para: r.paraDepth > 0})
}

func (r *htmlReader) metaTag(attrs map[string]string) {
	content := strings.TrimSpace(attrs["content"])
	for _, k := range []string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(attrs[k]))
		if key == "" || content == "" {
			continue
		}
		switch key {
		case "og:title":
			if r.ogTitle == "" {
				r.ogTitle = content
			}
		case "og:url":
			if r.ogURL == "" {
				r.ogURL = content
			}
		default:
			if _, seen := r.meta[key]; !seen {
				r.meta[key] = content
			}
		}
	}
}

// jsonLD looks for datePublished in a JSON-LD block, which may be an object,
// an array of objects or an object with an @graph.
func (r *htmlReader) jsonLD(s string) {
	if r.ldPublished != "" {
		return
	}
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	r.ldPublished = findDatePublished(v, 0)
}

func findDatePublished(v any, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && s != "" {
			return s
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if s := findDatePublished(v[k], depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range v {
			if s := findDatePublished(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

func (r *htmlReader) result() (rawArticle, error) {
	a := rawArticle{Title: firstNonEmpty(r.h1ArticleTitle, r.ogTitle, r.h1Title, r.titleTag), HasText: true}
	a.URL = firstNonEmpty(r.canonical, r.ogURL)
	a.Text = strings.Join(r.body(), "\n\n")

	// The first candidate that parses wins; when none does, the error names
	// the best one so the user sees what the page said.
	var candidates []string
	for _, k := range publishedMeta {
		if v := r.meta[k]; v != "" {
			candidates = append(candidates, v)
		}
	}
	for _, v := range []string{r.ldPublished, r.timeArticle, r.timeAny} {
		if v != "" {
			candidates = append(candidates, v)
		}
	}
	for _, c := range candidates {
		if p, err := normalizePublished(c); err == nil {
			a.Published = p
			return a, nil
		}
	}
	if len(candidates) > 0 {
		_, err := normalizePublished(candidates[0])
		return a, err
	}
	return a, nil
}

// body picks the story's paragraphs by the container rules above.
func (r *htmlReader) body() []string {
	if r.articles > 0 {
		size := make([]int, r.articles)
		for _, b := range r.blocks {
			if b.article >= 0 {
				size[b.article] += len(b.text)
			}
		}
		best := 0
		for i, n := range size {
			if n > size[best] {
				best = i
			}
		}
		if out := r.pick(func(b htmlBlock) bool { return b.article == best }); len(out) > 0 {
			return out
		}
	}
	if out := r.pick(func(b htmlBlock) bool { return b.main }); len(out) > 0 {
		return out
	}
	if out := r.pick(func(b htmlBlock) bool { return b.para }); len(out) > 0 {
		return out
	}
	return r.pick(func(htmlBlock) bool { return true })
}

func (r *htmlReader) pick(keep func(htmlBlock) bool) []string {
	var out []string
	for _, b := range r.blocks {
		if keep(b) {
			out = append(out, b.text)
		}
	}
	return out
}

func isChrome(tag atom.Atom, attrs map[string]string) bool {
	if chromeTags[tag] {
		return true
	}
	if attrs == nil {
		return false
	}
	if _, hidden := attrs["hidden"]; hidden || strings.EqualFold(attrs["aria-hidden"], "true") {
		return true
	}
	if chromeRoles[strings.ToLower(strings.TrimSpace(attrs["role"]))] {
		return true
	}
	for _, k := range []string{"class", "id"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attrs[k]), func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\n' || r == '-' || r == '_'
		}) {
			if chromeWords[w] {
				return true
			}
		}
	}
	return false
}

// collapse applies HTML's whitespace rule: runs of spaces, tabs and newlines
// are one space, and a paragraph has none at its ends.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
