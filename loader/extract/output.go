package extract

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/graph"
)

// output assembles the article graph: entities in order of first mention,
// events in order of first evidence, claims deduplicated by relation id.
// Every list is sorted so the result never depends on map order.
func (d *doc) output() graph.ArticleGraph {
	g := graph.ArticleGraph{Article: d.art}
	reported := make(map[string]bool, len(d.ents)+len(d.events))
	ents := append([]*entity(nil), d.ents...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].first < ents[j].first })
	for _, e := range ents {
		if !e.confirmed || len(e.spans) == 0 {
			continue
		}
		reported[e.id] = true
		r := graph.EntityReport{
			Entity:    graph.Entity{ID: e.id, Type: e.typ, Name: e.name, Kind: e.kind, Code: e.code, Aliases: aliasesOf(e)},
			ArticleID: d.art.ID,
		}
		r.Mentions = make([]graph.Mention, 0, len(e.spans))
		for _, si := range e.spans {
			sp := d.spans[si]
			r.Mentions = append(r.Mentions, graph.Mention{
				Text:       d.spanText(sp.lo, sp.hi),
				Start:      d.toks[sp.lo].start,
				End:        d.toks[sp.hi-1].end,
				Evidence:   d.evidence(sp.sent),
				Confidence: mentionConfidence(sp),
			})
		}
		if g.Entities == nil {
			g.Entities = make([]graph.EntityReport, 0, len(ents))
		}
		g.Entities = append(g.Entities, r)
	}
	referenced := make(map[*event]bool)
	for _, c := range d.claims {
		if c.src.ev != nil && c.typ != graph.OccurredIn {
			referenced[c.src.ev] = true
		}
		if c.dst.ev != nil {
			referenced[c.dst.ev] = true
		}
	}
	linked := eventLinks(d.claims)
	for _, ev := range d.events {
		if ev.weak() && !referenced[ev] {
			continue
		}
		e := ev.node(d, reported)
		if e.ID == "" || (ev.unanchored(e) && !linked[ev] && !d.namedPast(ev) && !d.demandedVote(ev)) {
			continue
		}
		reported[e.ID] = true
		r := graph.EventReport{Event: e, ArticleID: d.art.ID}
		if len(ev.sents) > 0 {
			r.Evidence = make([]graph.Evidence, 0, len(ev.sents))
		}
		for _, s := range ev.sents {
			r.Evidence = append(r.Evidence, d.evidence(s))
		}
		if g.Events == nil {
			g.Events = make([]graph.EventReport, 0, len(d.events))
		}
		g.Events = append(g.Events, r)
	}
	seen := make(map[string]int, len(d.claims))
	for _, c := range d.claims {
		src, dst := c.src.id(), c.dst.id()
		if src == "" || dst == "" || src == dst || !reported[src] || !reported[dst] {
			continue
		}
		spk := ""
		if c.speaker != nil && reported[c.speaker.id] && c.speaker.id != src {
			spk = c.speaker.id
		}
		rel := graph.Relation{
			ID: graph.RelationID(c.typ, src, dst, c.mod), Type: c.typ, SourceID: src, TargetID: dst,
			Modality: c.mod, Role: c.role, Confidence: c.conf,
		}
		if c.typ.Symmetric() && dst < src {
			rel.SourceID, rel.TargetID = dst, src
		}
		if k, dup := seen[rel.ID]; dup {
			if c.conf > g.Claims[k].Confidence {
				g.Claims[k].Confidence = c.conf
				g.Claims[k].Relation.Confidence = c.conf
			}
			continue
		}
		seen[rel.ID] = len(g.Claims)
		if g.Claims == nil {
			g.Claims = make([]graph.Claim, 0, len(d.claims))
		}
		g.Claims = append(g.Claims, graph.Claim{
			Relation: rel, ArticleID: d.art.ID, Evidence: d.evidence(c.sent), Confidence: c.conf, SpeakerID: spk,
		})
	}
	return g
}

func mentionConfidence(sp span) float64 {
	switch {
	case sp.kind == spanGaz:
		return 0.95
	case sp.personScore >= 5:
		return 0.9
	case sp.personScore >= 3:
		return 0.75
	}
	return 0.6
}

// aliasesOf returns the entity's other surface forms, distinct without case,
// sorted.
func aliasesOf(e *entity) []string {
	seen := map[string]bool{strings.ToLower(e.name): true}
	var out []string
	for _, f := range e.forms {
		f = strings.TrimSpace(f)
		k := strings.ToLower(f)
		if f == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}
