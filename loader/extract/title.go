package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// titleRelations: "Ukrainian President Volodymyr Zelenskyy" leads Ukraine;
// "Kremlin spokesperson Dmitry Peskov" is affiliated with the Kremlin;
// "Vladimir Medinsky, a senior aide to President Vladimir Putin" with Putin.
func (d *doc) titleRelations() {
	for i := range d.spans {
		r := &d.spans[i]
		if r.kind != spanRole {
			continue
		}
		roleLo := r.lo
		// A place inside the title: "Middle East envoy".
		k := r.lo - 1
		if sp, ok := d.spanEntity(k); ok && sp.ent != nil && sp.ent.typ == graph.Location && sp.ent.country == "" {
			roleLo = sp.lo
			k = sp.lo - 1
		}
		if d.tok(k).lower == "'s" {
			k--
		}
		after := r.hi
		if d.tok(after).text == "[" {
			after++
		}
		person, _ := d.spanEntity(after)
		if person == nil || person.ent == nil || person.ent.typ != graph.Person {
			// Appositive: "Name, a senior aide to President X".
			d.appositive(r)
			continue
		}
		aff, _ := d.spanEntity(k)
		if aff == nil || aff.ent == nil || aff.ent.media || aff.ent.typ == graph.Location || aff.sent != r.sent {
			continue
		}
		d.roleClaim(person.ent, aff.ent, r, d.spanText(roleLo, r.hi), r.sent)
	}
	d.helmRelations()
}

// roleClaim states LEADS for a head of state or of a body, else
// AFFILIATED_WITH with the role.
func (d *doc) roleClaim(p, org *entity, r *span, role string, si int) {
	lower := strings.ToLower(role)
	deputy := strings.Contains(lower, "deputy") || strings.Contains(lower, "vice") || strings.Contains(lower, "former") || strings.Contains(lower, " and ")
	typ := graph.AffiliatedWith
	switch {
	case deputy:
	case r.role == roleLead && (org.typ == graph.Country || org.typ == graph.Organization):
		typ = graph.Leads
	case r.role == roleLeadOrg && org.typ == graph.Organization:
		typ = graph.Leads
	}
	if org.typ == graph.Person && typ == graph.Leads {
		typ = graph.AffiliatedWith
	}
	role = strings.TrimPrefix(strings.TrimPrefix(role, "the "), "a ")
	d.addClaim(claim{src: ent(p), dst: ent(org), typ: typ, mod: graph.Asserted, sent: si, conf: 0.85, role: role, speaker: nil})
}

// appositive reads "Name, a senior aide to X" and "Name, the Russian
// foreign minister".
func (d *doc) appositive(r *span) {
	k := r.lo - 1
	for k >= 0 && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the") {
		k--
	}
	var country *entity
	if sp, ok := d.spanEntity(k); ok && sp.ent != nil && sp.ent.typ == graph.Country && sp.kind == spanGaz {
		country = sp.ent
		k = sp.lo - 1
		for k >= 0 && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the") {
			k--
		}
	}
	if d.tok(k).text != "," {
		return
	}
	person, ok := d.spanEntity(k - 1)
	if !ok || person.ent == nil || person.ent.typ != graph.Person {
		return
	}
	role := d.spanText(r.lo, r.hi)
	if country != nil {
		d.roleClaim(person.ent, country, r, role, r.sent)
		return
	}
	switch d.tok(r.hi).lower {
	case "to", "of", "for", "at":
	default:
		return
	}
	j := r.hi + 1
	if sp, ok := d.spanEntity(j); ok && sp.kind == spanRole {
		j = sp.hi
	}
	for d.tok(j).lower == "the" {
		j++
	}
	if sp, ok := d.spanEntity(j); ok && sp.ent != nil && sp.ent.typ != graph.Location && !sp.ent.media {
		d.roleClaim(person.ent, sp.ent, r, role, r.sent)
	}
}

// helmRelations reads "at the helm of Cameroon", "his rule over X".
func (d *doc) helmRelations() {
	for si, s := range d.sents {
		for k := s.lo; k+2 < s.hi; k++ {
			w := d.toks[k].lower
			var c *entity
			switch {
			case (w == "helm" || w == "rule") && (d.tok(k+1).lower == "of" || d.tok(k+1).lower == "over"):
				_, c = d.actorAt(k + 2)
				if c != nil && c.typ != graph.Country {
					c = nil
				}
			case headVerbs[w] && d.tok(k-1).lower == "who":
				// "William Ruto, who chairs the East African Community"
				j := k + 1
				for d.tok(j).lower == "the" {
					j++
				}
				_, c = d.actorAt(min(j, len(d.toks)-1))
			}
			if c == nil {
				continue
			}
			var p *entity
			for j := k - 1; j >= s.lo; j-- {
				if sp, ok := d.spanEntity(j); ok && sp.ent != nil && sp.ent.typ == graph.Person {
					p = sp.ent
					break
				}
			}
			if p != nil {
				d.addClaim(claim{src: ent(p), dst: ent(c), typ: graph.Leads, mod: d.modalityAt(k), sent: si, conf: 0.6, role: "leader"})
			}
		}
	}
}

var headVerbs = setOf("chairs", "chaired", "leads", "led", "heads", "headed", "runs", "ran", "commands", "commanded")

// placeRelations: "Sumy, Ukraine" and "Srinagar, the summer capital of
// Kashmir" put a place in another.
func (d *doc) placeRelations() {
	for i := range d.spans {
		a := &d.spans[i]
		if a.ent == nil || a.ent.typ != graph.Location || d.tok(a.hi).text != "," {
			continue
		}
		if b, ok := d.spanEntity(a.hi + 1); ok && b.ent != nil && b.ent.typ == graph.Country && b.kind == spanGaz && !b.country {
			d.addClaim(claim{src: ent(a.ent), dst: ent(b.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.8})
			continue
		}
		// "X, the (summer) capital of (the) Y"
		j := a.hi + 1
		if d.tok(j).lower != "the" && d.tok(j).lower != "a" {
			continue
		}
		for n := 0; n < 3 && j < len(d.toks) && d.tok(j+1).lower != "of"; n++ {
			j++
		}
		if d.tok(j+1).lower != "of" {
			continue
		}
		j += 2
		for d.tok(j).lower == "the" {
			j++
		}
		b, ok := d.spanEntity(j)
		if ok && b.country {
			// "the Indian-controlled Kashmir": the place is the head noun.
			for n := 0; n < 5 && ok && (b.country || b.ent == nil); n++ {
				j = b.hi
				for j < len(d.toks) && d.spanAt[j] == 0 && n < 5 && (d.toks[j].text == "-" || d.toks[j].kind == tokWord && !d.toks[j].cap) {
					j++
				}
				b, ok = d.spanEntity(j)
			}
		}
		if ok && b.ent != nil && (b.ent.typ == graph.Location || b.ent.typ == graph.Country) && b.ent != a.ent && !b.country {
			d.addClaim(claim{src: ent(a.ent), dst: ent(b.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.7})
		}
	}
}
