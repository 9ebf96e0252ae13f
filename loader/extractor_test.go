package loader_test

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/geokg/geokg/graph"
)

// countryExtractor is a small, real extractor for testing the loader's
// plumbing without depending on loader/extract: it finds the countries of a
// fixed list in each sentence, and a MET_WITH claim between the first two
// countries of a sentence that says "met". Its output is deterministic and
// valid, with code-point offsets, as the Extractor contract asks.
type countryExtractor struct{ version string }

var testCountries = map[string]string{
	"France": "FR", "Germany": "DE", "Japan": "JP", "Brazil": "BR", "Kenya": "KE", "Canada": "CA",
}

func (x countryExtractor) Version() string {
	if x.version == "" {
		return "countries/1"
	}
	return x.version
}

func (x countryExtractor) Extract(ctx context.Context, a graph.Article) (graph.ArticleGraph, error) {
	g := graph.ArticleGraph{Article: a}
	reports := make(map[string]*graph.EntityReport)
	for _, s := range sentences(a.Text) {
		ev := graph.Evidence{ArticleID: a.ID, Sentence: s.text, Start: s.start, End: s.end}
		var found []string
		for _, w := range words(s.text) {
			code, ok := testCountries[w.text]
			if !ok {
				continue
			}
			id := graph.CountryID(code)
			r := reports[id]
			if r == nil {
				r = &graph.EntityReport{ArticleID: a.ID, Entity: graph.Entity{ID: id, Type: graph.Country, Name: w.text, Code: code}}
				reports[id] = r
			}
			r.Mentions = append(r.Mentions, graph.Mention{Text: w.text, Start: s.start + w.start, End: s.start + w.end,
				Evidence: ev, Confidence: 0.9})
			found = append(found, id)
		}
		if len(found) >= 2 && found[0] != found[1] && strings.Contains(s.text, " met ") {
			rel := graph.Relation{Type: graph.MetWith, SourceID: found[0], TargetID: found[1], Modality: graph.Asserted}
			if rel.TargetID < rel.SourceID {
				rel.SourceID, rel.TargetID = rel.TargetID, rel.SourceID
			}
			rel.ID = graph.RelationID(rel.Type, rel.SourceID, rel.TargetID, rel.Modality)
			g.Claims = append(g.Claims, graph.Claim{Relation: rel, ArticleID: a.ID, Evidence: ev, Confidence: 0.8})
		}
	}
	ids := make([]string, 0, len(reports))
	for id := range reports {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g.Entities = append(g.Entities, *reports[id])
	}
	return g, ctx.Err()
}

type sentence struct {
	text       string
	start, end int // code points
}

// words returns the runs of letters in text, with their offsets in code
// points.
func words(text string) []sentence {
	runes := []rune(text)
	var out []sentence
	start := -1
	for i := 0; i <= len(runes); i++ {
		letter := i < len(runes) && unicode.IsLetter(runes[i])
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, sentence{text: string(runes[start:i]), start: start, end: i})
			start = -1
		}
	}
	return out
}

// sentences splits text after ". " and at line breaks, counting offsets in
// code points.
func sentences(text string) []sentence {
	runes := []rune(text)
	var out []sentence
	start := 0
	emit := func(end int) {
		s := start
		for s < end && unicode.IsSpace(runes[s]) {
			s++
		}
		e := end
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		if e > s {
			out = append(out, sentence{text: string(runes[s:e]), start: s, end: e})
		}
		start = end
	}
	for i, r := range runes {
		if r == '\n' || (r == ' ' && i > 0 && runes[i-1] == '.') {
			emit(i)
		}
	}
	emit(len(runes))
	return out
}
