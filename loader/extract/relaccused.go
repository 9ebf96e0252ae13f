package extract

import "github.com/geokg/geokg/graph"

// relativeAccused reads a charge whose object is the name before a relative
// pronoun: "cut ties with Mali, which it accuses of backing rebels", "the
// allies of Ruiz, whom he accused of ...". The verb takes no object of its
// own, so the accused is the pronoun's antecedent, and a pronoun subject
// stands for the sentence's subject (it, they) or its person (he, she).
func (d *doc) relativeAccused(k, si int) bool {
	if prep, ok := accuseCharge[d.toks[k].lower]; !ok || d.tok(k+1).lower != prep {
		return false
	}
	j := k - 1
	for j > d.sents[si].lo && relativeAdverbs[d.toks[j].lower] {
		j--
	}
	var src *entity // a pronoun's is resolved once the antecedent is known
	rel := j - 1
	sw := d.tok(j).lower
	switch sw {
	case "he", "she", "it", "they":
	default:
		sp, e := d.actorAt(j)
		if e == nil || sp.hi != j+1 {
			return false
		}
		src, rel = e, sp.lo-1
	}
	if r := d.tok(rel).lower; r != "which" && r != "whom" && r != "who" || rel <= d.sents[si].lo {
		return false
	}
	accused := d.antecedents(rel, si)
	if len(accused) == 0 {
		return false
	}
	if src == nil {
		if src = d.leadActor(si, rel, accused, sw == "he" || sw == "she"); src == nil {
			return false
		}
	}
	mod := d.modalityAt(k)
	for _, a := range accused {
		if a != src {
			d.addClaim(claim{src: ent(src), dst: ent(a), typ: graph.Criticized, mod: mod, sent: si, conf: 0.5})
		}
	}
	return true
}

// antecedents returns the actors a relative pronoun at rel follows: the
// name right before it (past one comma) and the names listed with it
// ("Peru and Chile, which ...").
func (d *doc) antecedents(rel, si int) []*entity {
	end := rel
	if d.tok(end-1).text == "," {
		end--
	}
	if t := d.tok(end - 1).text; t == "\"" || t == "”" {
		end-- // "the heirs of Ruiz", whom ...
	}
	var out []*entity
	for j, sp := range d.walkBack(d.sents[si].lo, end) {
		if sp == nil {
			if len(out) > 0 && (d.toks[j].lower == "and" || d.toks[j].text == ",") {
				continue
			}
			break
		}
		e := actorOf(sp)
		if e == nil || d.tok(sp.hi).lower == "'s" {
			break
		}
		if len(out) == 0 && sp.hi != end {
			break
		}
		out = appendUnique(out, e)
	}
	return out
}

// leadActor returns the first person (or, when not person, the first state
// or body) the sentence names before p that is none of others: what the
// pronoun of a later clause stands for when the sentence is told about it
// ("Mali cut ties with X, which it ...").
func (d *doc) leadActor(si, p int, others []*entity, person bool) *entity {
	for _, sp := range d.walk(d.sents[si].lo, p) {
		if e := actorOf(sp); e != nil && (e.typ == graph.Person) == person && !hasEntity(others, e) {
			return e
		}
	}
	return nil
}

// accuseCharge maps the charge verbs a relative clause reads to the
// preposition that brings their charge.
var accuseCharge = map[string]string{"accused": "of", "accuses": "of", "accuse": "of", "blamed": "for", "blames": "for", "blame": "for"}

// relativeAdverbs stand between a relative clause's subject and its verb.
var relativeAdverbs = setOf("has", "have", "had", "also", "long", "repeatedly", "previously", "often", "openly", "publicly")
