package extract

import (
	"slices"
	"sort"

	"github.com/geokg/geokg/graph"
)

// personVerbs after a capitalised run mark it as a person's name.
var personVerbs = setOf("said", "says", "told", "tells", "added", "wrote", "writes", "noted", "stated", "claimed",
	"insisted", "warned", "urged", "announced", "met", "tweeted", "posted", "confirmed", "denied", "described",
	"slammed", "criticized", "criticised", "accused", "welcomed", "thanked", "spoke", "asked", "replied",
	"argued", "explained", "emphasized", "emphasised", "stressed", "believes", "believed", "wants", "arrived",
	"landed", "visited", "signed", "praised", "vowed", "pledged", "does", "did", "added", "thinks", "hopes",
	"blamed", "called", "described", "admitted", "acknowledged", "recalled", "suggested", "declared")

// bodyOf reports whether a run names a body by a keyword before "of" or a
// joining preposition: "Party of Socialists", "Commission on Human Rights".
func (d *doc) bodyOf(sp *span) bool {
	for k := sp.lo; k+1 < sp.hi; k++ {
		if orgKeywords[d.toks[k].lower] && (d.toks[k+1].lower == "of" || tailPreps[d.toks[k+1].lower]) {
			return true
		}
	}
	return false
}

// titleBefore reports whether a title ends the phrase before the comma at
// k: "the envoy to Kenya," "its candidate,".
func (d *doc) titleBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-6; j-- {
		if sp, ok := d.spanEntity(j); ok {
			if sp.kind == spanRole {
				return true
			}
			j = sp.lo
			continue
		}
		switch d.toks[j].lower {
		case "to", "the", "of", "for", "at", "in":
			continue
		}
		return false
	}
	return false
}

// appositiveMods may stand before the title of an appositive: "a former UN envoy".
var appositiveMods = setOf("former", "veteran", "longtime", "long-time", "senior", "top", "retired", "powerful", "influential")

// personEvidence scores how strongly the context says a run is a person.
func (d *doc) personEvidence(i int) int {
	sp := &d.spans[i]
	score := 0
	prev := d.tok(sp.lo - 1)
	if p := d.spanBefore(sp.lo); p != nil && p.kind == spanRole {
		score += 3
	}
	if honorifics[prev.lower] {
		score += 3
	}
	if len(sp.toks) >= 2 && d.lex.given[sp.toks[0]] {
		score += 3
	}
	next := d.tok(sp.hi)
	if next.lower == "'s" {
		next = d.tok(sp.hi + 1)
	} else {
		k := sp.hi
		for !personVerbs[d.tok(k).lower] && auxWords[d.tok(k).lower] && k < sp.hi+3 {
			k++
		}
		if personVerbs[d.tok(k).lower] {
			score += 2
		}
	}
	if next.text == "," {
		// Appositive: "Ruben Vardanyan, a senior adviser to ..."
		k := sp.hi + 1
		for k < len(d.toks) && k < sp.hi+6 && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the" || appositiveMods[d.toks[k].lower] || d.spanAt[k] != 0 && d.spans[d.spanAt[k]-1].kind == spanGaz) {
			if d.spanAt[k] != 0 && d.spans[d.spanAt[k]-1].kind == spanRole {
				break // "a senior adviser": the modifier opens the title
			}
			if d.spanAt[k] != 0 {
				k = d.spans[d.spanAt[k]-1].hi
				continue
			}
			k++
		}
		if k < len(d.toks) && d.spanAt[k] != 0 && d.spans[d.spanAt[k]-1].kind == spanRole {
			score += 2
		}
		if speechVerbs[d.tok(sp.hi+1).lower] {
			score += 2
		}
	}
	if prev.lower == "to" && d.tok(sp.lo-2).lower == "according" {
		score++
	}
	if prev.lower == "of" && orgNouns[d.tok(sp.lo-2).lower] && len(sp.toks) >= 2 {
		score += 2 // "the government of Ana Ruiz Mendez": a leader's
	}
	if prev.text == "," && d.tok(sp.hi).text == "," && d.titleBefore(sp.lo-1) {
		score += 3 // "The British envoy to Kenya, Jane Marriott, said"
	}
	if speechVerbs[prev.lower] {
		score += 2
	}
	if prev.text == "," && kinNouns[d.tok(sp.lo-2).lower] {
		score += 3 // "his predecessor, Ana Ruiz", "her lawyer, Tomas Berg"
	}
	score += d.personCues(sp)
	common := false
	for _, t := range sp.toks {
		if d.lex.words[t] {
			common = true
		}
	}
	if !common {
		score++
		if len(sp.toks) >= 2 {
			score++
		}
	}
	return score
}

// resolvePersons builds the article's people from runs with enough
// evidence, merging shorter forms into the fullest ("Luiz Inácio" into
// "Andrés Manuel López Obrador"), then resolves single surnames.
func (d *doc) resolvePersons() {
	var persons []*entity
	byTok := make(map[string][]int) // token → indexes of persons whose name holds it
	candidates := func(toks []string) []int {
		var out []int
		for _, t := range toks {
			out = append(out, byTok[t]...)
		}
		sort.Ints(out)
		return slices.Compact(out)
	}
	index := func(p *entity, at int) {
		for _, t := range p.toks {
			if len(byTok[t]) < 64 && !slices.Contains(byTok[t], at) {
				byTok[t] = append(byTok[t], at)
			}
		}
	}
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName || sp.typ != "" || sp.personScore < 3 {
			continue
		}
		if len(sp.toks) == 1 && sp.personScore < 3 {
			continue
		}
		var into *entity
		at := -1
		for _, c := range candidates(sp.toks) {
			p := persons[c]
			if containsSeq(p.toks, sp.toks) || containsSeq(sp.toks, p.toks) && len(p.toks) > 1 {
				into, at = p, c
				break
			}
		}
		if into == nil && len(sp.toks) == 1 {
			continue // a lone word waits for surname resolution below
		}
		if into == nil {
			into = &entity{typ: graph.Person, name: sp.name, toks: sp.toks, first: sp.lo, confirmed: true}
			persons = append(persons, into)
			at = len(persons) - 1
		}
		if len(sp.toks) > len(into.toks) {
			into.name, into.toks = sp.name, sp.toks
		}
		index(into, at)
		sp.typ = graph.Person
		sp.ent = into
	}
	// Single words and partial names: the person whose name contains them,
	// preferring a surname match and the most recent mention.
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName || sp.ent != nil || (sp.typ != "" && sp.typ != graph.Person) {
			continue
		}
		var best *entity
		for _, c := range candidates(sp.toks) {
			p := persons[c]
			if len(sp.toks) > len(p.toks) && len(p.toks) > 1 && containsSeq(sp.toks, p.toks) {
				// A fuller form of a known name: "Moussa Kandeh Diarra".
				p.name, p.toks = sp.name, sp.toks
				index(p, c)
				best = p
				break
			}
			if containsSeq(p.toks, sp.toks) {
				if best == nil || p.toks[len(p.toks)-1] == sp.toks[len(sp.toks)-1] && best.toks[len(best.toks)-1] != sp.toks[len(sp.toks)-1] {
					best = p
				}
			}
		}
		if best != nil {
			sp.typ, sp.ent = graph.Person, best
			continue
		}
		if sp.personScore >= 3 && !d.sents[sp.sent].heading {
			p := &entity{typ: graph.Person, name: sp.name, toks: sp.toks, first: sp.lo, confirmed: true}
			persons = append(persons, p)
			index(p, len(persons)-1)
			sp.typ, sp.ent = graph.Person, p
		}
	}
	for _, p := range persons {
		p.id = graph.EntityID(graph.Person, p.name)
		d.register(p)
	}
}

func containsSeq(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay) {
		return false
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for k := range needle {
			if hay[i+k] != needle[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// kinNouns name someone by their tie to another person; a name set after
// one in apposition is a person's.
var kinNouns = setOf("predecessor", "successor", "wife", "husband", "son", "daughter", "brother", "sister", "father",
	"mother", "widow", "rival", "opponent", "lawyer", "aide", "deputy", "ally", "nephew", "niece", "cousin", "partner")
