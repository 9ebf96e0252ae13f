// Package eval scores an extractor against hand-annotated gold articles,
// with the same matching rules and figures as the shared scorer
// (shared/tools/score.py): entities matched greedily by normalised name then
// alias, events by type and a score from place, participants and name words,
// relations by their mapped ends (coarse classes for "relations:coarse",
// MET_WITH either way round), modality agreement on strictly matched
// relations, all micro-averaged over articles.
//
// Gold files follow shared/corpus/ANNOTATION.md. Predictions are scored in
// the extraction format of loader.NewDocument, so what is measured here is
// exactly what `geokg extract` prints.
package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// obj is one decoded JSON object of a gold file or a prediction.
type obj map[string]any

func (o obj) str(k string) string {
	s, _ := o[k].(string)
	return s
}

func (o obj) list(k string) []string {
	xs, _ := o[k].([]any)
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func (o obj) objs(k string) []obj {
	xs, _ := o[k].([]any)
	out := make([]obj, 0, len(xs))
	for _, x := range xs {
		if m, ok := x.(map[string]any); ok {
			out = append(out, obj(m))
		}
	}
	return out
}

// pyStr renders a JSON value as Python's str() does, which is how the
// shared scorer compares dates and casualty figures.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		if x {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

func decode(b []byte) (obj, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var o map[string]any
	if err := dec.Decode(&o); err != nil {
		return nil, err
	}
	return obj(o), nil
}

// Gold is one annotated article.
type Gold struct {
	ID   string
	Path string
	doc  obj
}

// Article returns the article as an extractor reads it.
func (g Gold) Article() graph.Article {
	url := g.doc.str("source_url")
	title, text := g.doc.str("title"), g.doc.str("text")
	return graph.Article{
		ID: graph.ArticleID(url, g.ID, title, text), Title: title, URL: url,
		Published: g.doc.str("published"), Text: text, Source: g.Path,
	}
}

// LoadGold reads a gold file.
func LoadGold(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("read gold %s: %w", path, err)
	}
	o, err := decode(b)
	if err != nil {
		return Gold{}, fmt.Errorf("parse gold %s: %w", path, err)
	}
	if o.str("id") == "" {
		return Gold{}, fmt.Errorf("gold %s has no id: %w", path, graph.ErrInvalid)
	}
	return Gold{ID: o.str("id"), Path: path, doc: o}, nil
}

// Run extracts every gold article with ex and scores the predictions.
func Run(ctx context.Context, ex loader.Extractor, paths []string) (Report, error) {
	r := Report{Counts: make(map[string]Count)}
	for _, p := range paths {
		g, err := LoadGold(p)
		if err != nil {
			return Report{}, err
		}
		ag, err := ex.Extract(ctx, g.Article())
		if err != nil {
			return Report{}, fmt.Errorf("extract %s: %w", p, err)
		}
		b, err := json.Marshal(loader.NewDocument(ag))
		if err != nil {
			return Report{}, fmt.Errorf("encode prediction for %s: %w", p, err)
		}
		pred, err := decode(b)
		if err != nil {
			return Report{}, fmt.Errorf("decode prediction for %s: %w", p, err)
		}
		r.add(scoreDoc(g.doc, pred))
		r.Articles++
	}
	return r, nil
}

// ScorePrediction scores one prediction document (the extraction JSON)
// against a gold article and adds it to r.
func (r *Report) ScorePrediction(g Gold, prediction []byte) error {
	pred, err := decode(prediction)
	if err != nil {
		return fmt.Errorf("parse prediction for %s: %w", g.ID, err)
	}
	if r.Counts == nil {
		r.Counts = make(map[string]Count)
	}
	r.add(scoreDoc(g.doc, pred))
	r.Articles++
	return nil
}

// scoreDoc is score.py's score_doc: the counts of one article.
func scoreDoc(gold, pred obj) map[string]Count {
	ge := gold.objs("entities")
	pe := pred.objs("entities")
	for i, p := range pe {
		if _, ok := p["id"]; !ok {
			p["id"] = fmt.Sprintf("_p%d", i)
		}
	}
	emap := matchEntities(ge, pe)
	vmap := matchEvents(ge, pe, emap)
	idmap := make(map[string]string, len(emap)+len(vmap))
	for k, v := range emap {
		idmap[k] = v
	}
	for k, v := range vmap {
		idmap[k] = v
	}
	goldIDs := make(map[string]string, len(ge))
	for _, g := range ge {
		goldIDs[g.str("id")] = g.str("id")
	}
	out := make(map[string]Count)
	countType := func(es []obj, t string) int {
		n := 0
		for _, e := range es {
			if t == "" && isEntityType(etype(e)) || t != "" && etype(e) == t {
				n++
			}
		}
		return n
	}
	out["entities"] = Count{len(emap), countType(pe, ""), countType(ge, "")}
	pby := make(map[string]obj, len(pe))
	for _, p := range pe {
		pby[p.str("id")] = p
	}
	gby := make(map[string]obj, len(ge))
	for _, g := range ge {
		gby[g.str("id")] = g
	}
	for _, t := range entityTypes {
		tp := 0
		for p := range emap {
			if etype(pby[p]) == t {
				tp++
			}
		}
		out["entities:"+t] = Count{tp, countType(pe, t), countType(ge, t)}
	}
	out["events"] = Count{len(vmap), countType(pe, "Event"), countType(ge, "Event")}
	for _, attr := range []string{"date", "killed", "injured"} {
		c := Count{}
		for p, g := range vmap {
			if gby[g][attr] == nil {
				continue
			}
			c.Pred++
			if pyStr(pby[p][attr]) == pyStr(gby[g][attr]) {
				c.TP++
			}
		}
		for _, g := range ge {
			if etype(g) == "Event" && g[attr] != nil {
				c.Gold++
			}
		}
		out["event:"+attr] = c
	}
	for _, coarsen := range []bool{false, true} {
		gk := make(map[[3]string]bool)
		gm := make(map[[3]string]string)
		for _, r := range gold.objs("relations") {
			if k, ok := relKey(r, goldIDs, coarsen); ok {
				gk[k] = true
				gm[k] = modality(r)
			}
		}
		pk := make(map[[3]string]bool)
		pm := make(map[[3]string]string)
		unmatched := 0
		for _, r := range pred.objs("relations") {
			if k, ok := relKey(r, idmap, coarsen); ok {
				pk[k] = true
				pm[k] = modality(r)
			} else {
				unmatched++
			}
		}
		tp := 0
		agree := 0
		for k := range pk {
			if gk[k] {
				tp++
				if gm[k] == pm[k] {
					agree++
				}
			}
		}
		if coarsen {
			out["relations:coarse"] = Count{tp, len(pk) + unmatched, len(gk)}
			continue
		}
		out["relations"] = Count{tp, len(pk) + unmatched, len(gk)}
		out["relations:modality"] = Count{agree, tp, tp}
		types := make(map[string]bool)
		for k := range gk {
			types[k[1]] = true
		}
		for k := range pk {
			types[k[1]] = true
		}
		for ty := range types {
			c := Count{}
			for k := range pk {
				if k[1] == ty {
					c.Pred++
					if gk[k] {
						c.TP++
					}
				}
			}
			for k := range gk {
				if k[1] == ty {
					c.Gold++
				}
			}
			out["rel:"+ty] = c
		}
	}
	return out
}

func modality(r obj) string {
	if m := r.str("modality"); m != "" {
		return m
	}
	return "asserted"
}

// sortedKeys lists a report's metrics in the scorer's order.
func sortedKeys(m map[string]Count) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
