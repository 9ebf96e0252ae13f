package extract

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// windowBytes bounds the text one pass holds in memory. A news article is
// far shorter and is read whole; a longer text (a feed dump, a transcript)
// is read in windows cut at paragraph breaks, so its working state stays
// small. Coreference and name resolution then work within a window, which
// a window of this size spans many paragraphs of.
const windowBytes = 1 << 17

// extractWindows reads a long article window by window and merges what the
// windows state: entities and events by id, claims by relation id.
func (x *Extractor) extractWindows(ctx context.Context, a graph.Article) (graph.ArticleGraph, error) {
	m := newMerger(a)
	lo, runeLo := 0, 0
	for lo < len(a.Text) {
		if err := ctx.Err(); err != nil {
			return graph.ArticleGraph{}, err
		}
		hi := cutWindow(a.Text, lo, windowBytes)
		d := newDoc(x.lex, a)
		d.lo, d.hi, d.runeLo = lo, hi, runeLo
		d.run(ctx)
		if err := ctx.Err(); err != nil {
			return graph.ArticleGraph{}, err
		}
		m.add(d.output())
		runeLo += utf8.RuneCountInString(a.Text[lo:hi])
		lo = hi
	}
	return m.graph(), nil
}

// cutWindow returns where the window starting at lo ends: at the last
// paragraph break before lo+size, else the last line break, else the last
// space, else at a code point boundary.
func cutWindow(text string, lo, size int) int {
	hi := lo + size
	if hi >= len(text) {
		return len(text)
	}
	half := lo + size/2
	for _, sep := range []string{"\n\n", "\n", " "} {
		if k := strings.LastIndex(text[half:hi], sep); k >= 0 {
			return half + k + len(sep)
		}
	}
	for hi > lo && !utf8.RuneStart(text[hi]) {
		hi--
	}
	if hi == lo {
		hi = lo + size // no code point starts in the window: cut anyway
	}
	return hi
}

// merger joins the graphs of an article's windows.
type merger struct {
	g      graph.ArticleGraph
	ents   map[string]int
	events map[string]int
	claims map[string]int
}

func newMerger(a graph.Article) *merger {
	return &merger{g: graph.ArticleGraph{Article: a}, ents: map[string]int{}, events: map[string]int{}, claims: map[string]int{}}
}

func (m *merger) add(g graph.ArticleGraph) {
	for _, r := range g.Entities {
		if k, fresh := place(m.ents, &m.g.Entities, r.Entity.ID, r); !fresh {
			e := &m.g.Entities[k]
			e.Mentions = append(e.Mentions, r.Mentions...)
			e.Entity.Aliases = mergeAliases(e.Entity.Name, e.Entity.Aliases, r.Entity.Aliases)
		}
	}
	for _, r := range g.Events {
		if k, fresh := place(m.events, &m.g.Events, r.Event.ID, r); !fresh {
			m.g.Events[k].Evidence = append(m.g.Events[k].Evidence, r.Evidence...)
		}
	}
	for _, c := range g.Claims {
		if k, fresh := place(m.claims, &m.g.Claims, c.Relation.ID, c); !fresh && c.Confidence > m.g.Claims[k].Confidence {
			m.g.Claims[k].Confidence = c.Confidence
			m.g.Claims[k].Relation.Confidence = c.Confidence
		}
	}
}

// place returns where the record with id sits in list; a new id is appended
// with v, and fresh reports that.
func place[T any](index map[string]int, list *[]T, id string, v T) (k int, fresh bool) {
	if k, ok := index[id]; ok {
		return k, false
	}
	index[id] = len(*list)
	*list = append(*list, v)
	return len(*list) - 1, true
}

func (m *merger) graph() graph.ArticleGraph { return m.g }

// mergeAliases unions two sorted alias lists without the canonical name,
// ignoring case as aliasesOf does.
func mergeAliases(name string, a, b []string) []string {
	seen := map[string]bool{strings.ToLower(name): true}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if k := strings.ToLower(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
