package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Aid told by what is sent or given rather than by the word "aid": "has
// sent four barges of fuel to Norvania", "pledged $50 million to Sudan",
// "helped Israel shoot down missiles".

// goodsNouns are sent to a country as aid only after a sending verb: oil
// sold abroad is trade, oil sent to a country in need is aid.
var goodsNouns = setOf("oil", "fuel", "diesel", "food", "grain", "wheat", "medicine", "medicines", "vaccines",
	"tents", "blankets", "relief", "tankers", "generators", "rations",
	// military hardware sent to a state: "deliver two more Patriot systems to Ukraine"
	"systems", "batteries", "tanks", "jets", "aircraft", "launchers", "interceptors", "helicopters")

// sendVerbs send goods to someone.
var sendVerbs = setOf("sent", "send", "sends", "sending", "shipped", "ship", "ships", "delivered", "deliver",
	"delivers", "donated", "donate", "donates", "airlifted", "dispatched", "dispatch", "flown", "flew")

// pledgeVerbs give money: "pledged $50 million to Sudan".
var pledgeVerbs = setOf("pledged", "pledges", "pledge", "donated", "donates", "disbursed", "earmarked")

// helpVerbs aid the actor they take: "helped Israel shoot down missiles".
var helpVerbs = setOf("helped", "helps", "helping", "assisted", "assists", "assisting")

// supplyVerbs give what the clause names to the actor after "to":
// "has supplied drones and training to the Malian army".
var supplyVerbs = setOf("supplied", "supplies", "supply", "supplying", "provided", "provides", "provide", "providing")

// supplyReading reports whether "provided" or "providing" at k gives
// something rather than states a condition: "has provided drones",
// "Turkey provided", "which provided"; not "provided that", "talks
// provided the army withdraws".
func (d *doc) supplyReading(k int) bool {
	w := d.toks[k].lower
	if w != "provided" && w != "providing" || d.tok(k+1).lower == "that" {
		return false
	}
	p := d.tok(k - 1).lower
	if auxWords[p] || p == "is" || p == "are" || p == "was" || p == "were" || p == "been" || p == "be" ||
		p == "who" || p == "which" || strings.HasSuffix(p, "ly") {
		return true
	}
	return k > 0 && d.spanAt[k-1] != 0
}

// supplyAt reads "Britain has supplied aircraft to the Nigerian army": a
// state that supplies aids; a firm that supplies sells.
func (d *doc) supplyAt(k, si int) {
	if src := d.subjectBefore(k, si); src != nil && src.typ == graph.Country {
		d.aidAt(k, si)
	}
}

// helpVerb reports whether "help" at k is a verb that takes its actor:
// "to help Somalia fight", "would help Panama pay"; "the help of" is not.
func (d *doc) helpVerb(k int) bool {
	switch d.tok(k - 1).lower {
	case "to", "would", "will", "could", "can", "may", "might", "must":
		return true
	}
	return false
}

// sentBefore reports whether a sending verb governs the goods noun at k,
// over a few words ("sent several tankers of oil").
func (d *doc) sentBefore(k int) bool {
	lo, _ := d.clause(k)
	for j := k - 1; j >= lo && j >= k-6; j-- {
		if sendVerbs[d.toks[j].lower] {
			return true
		}
		if d.trigAt[j] && !sendVerbs[d.toks[j].lower] {
			return false
		}
	}
	return false
}

// pledgeAt reads "pledged $50 million to Sudan": a sum then "to" and the
// receiving actor.
func (d *doc) pledgeAt(k, si int) {
	n := d.tok(k + 1)
	if n.text != "$" && n.text != "€" && n.text != "£" && n.kind != tokNumber {
		return
	}
	d.aidAt(k, si)
}

// helpedAt reads "helped Israel shoot down missiles": the subject aids the
// actor helped.
func (d *doc) helpedAt(k, si int) {
	d.subjectToActorAt(k, k+1, si, graph.Aided, d.modalityAt(k))
}

// subjectToActorAt claims typ from the subject of the predicate at k to
// the actor named at j (after an optional "the"): "helped Israel",
// "criticism of the junta".
func (d *doc) subjectToActorAt(k, j, si int, typ graph.RelationType, mod graph.Modality) {
	j = d.pastThe(j)
	if j >= len(d.toks) {
		return
	}
	sp, dst := d.actorAt(j)
	if dst == nil || sp.lo != j || d.isModifierActor(sp) {
		return
	}
	src := d.subjectBefore(k, si)
	if src == nil || src == dst {
		return
	}
	d.addClaim(claim{src: ent(src), dst: ent(dst), typ: typ, mod: mod, sent: si, conf: 0.5})
}

// aidAt reads "assistance to Ukraine", "weapons to Kyiv".
func (d *doc) aidAt(k, si int) {
	if d.aidCutBefore(k) {
		return // "cut aid to Mali": a sanction, told by sanctionActArgs
	}
	j := k + 1
	_, chi := d.clause(k)
	for j < chi && j < k+14 && d.toks[j].lower != "to" && !d.trigAt[j] {
		j++
	}
	if d.tok(j).lower != "to" || d.tok(j-1).lower == "according" {
		return // "killing six soldiers, according to the ministry": a source, not a recipient
	}
	_, dst := d.actorAt(min(j+1, len(d.toks)-1))
	if dst == nil && d.tok(j+1).lower == "the" {
		_, dst = d.actorAt(min(j+2, len(d.toks)-1)) // "weapons to the Houthis"
	}
	if dst == nil {
		return
	}
	src := d.subjectBefore(k, si)
	if src == nil || src == dst {
		return
	}
	d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: d.modalityAt(k), sent: si, conf: 0.5})
}

var backVerbs = setOf("backed", "supported", "armed", "funded", "sponsored", "financed")

// backedAt reads "M23 rebels backed by Rwanda" and "Iran-backed Houthis":
// the backer aids the backed.
func (d *doc) backedAt(k, si int) {
	var src, dst *entity
	switch {
	case d.tok(k+1).lower == "by":
		_, src = d.actorAt(min(k+2, len(d.toks)-1))
		for _, sp := range d.walkBack(k-3, k) {
			if e := actorOf(sp); e != nil {
				dst = e
				break
			}
		}
		if dst == nil {
			dst = d.relativeHead(k) // "the FLS, which Bamako says is backed by Algeria"
		}
	case d.tok(k-1).text == "-" && !d.tok(k-1).space:
		_, src = d.actorAt(max(k-2, 0))
		for _, sp := range d.walk(k+1, k+4) {
			if e := actorOf(sp); e != nil {
				dst = e
				break
			}
		}
	default:
		src, dst = d.activeBacking(k, si)
	}
	if src != nil && dst != nil && src != dst {
		d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: d.modalityAt(k), sent: si, conf: 0.6})
	}
}

// activeBacking reads "Cairo has backed the army", "Tehran, which has
// armed the militia, ...": the subject aids the state or group the verb
// takes. A person backed is an endorsement and a possessive ("backed
// Kenya's plan") a stance on a thing, so neither is read.
func (d *doc) activeBacking(k, si int) (src, dst *entity) {
	a := k - 1
	if w := d.tok(a).lower; w == "long" || strings.HasSuffix(w, "ly") && !d.tok(a).cap {
		a-- // "has long armed", "has openly backed"
	}
	if w := d.toks[k].lower; w == "supported" || !auxWords[d.tok(a).lower] {
		return nil, nil // a bare past participle may be passive or adjectival; only "has backed" is plainly active
	}
	j := d.pastThe(k + 1)
	sp, e := d.actorAt(min(j, len(d.toks)-1))
	if sp != nil && sp.lo == j-1 && d.tok(j-1).lower == "the" {
		sp, e = d.demonymOrg(sp) // "backed the Sudanese army": the army
		j = sp.lo
	}
	if e == nil || e.typ == graph.Person || sp.lo != j || d.tok(sp.hi).lower == "'s" || d.tok(sp.hi).text == "'" {
		return nil, nil
	}
	if d.tok(a-1).lower == "which" || d.tok(a-1).lower == "who" {
		src = d.relativeHead(k)
	} else {
		src = d.subjectBefore(k, si)
	}
	return src, e
}

// demonymOrg returns the body a demonym span names with the noun written
// right after it ("the Sudanese army"), else the span itself.
func (d *doc) demonymOrg(sp *span) (*span, *entity) {
	if sp.ent == nil || sp.ent.typ != graph.Country || sp.hi >= len(d.toks) || d.spanAt[sp.hi] == 0 {
		return sp, sp.ent
	}
	next := &d.spans[d.spanAt[sp.hi]-1]
	if next.ent == nil || next.ent.typ != graph.Organization || next.lo != sp.hi {
		return sp, sp.ent
	}
	return next, next.ent
}

// relativeHead returns the actor a relative clause around k describes:
// "X, which ... is backed by Y" gives X.
func (d *doc) relativeHead(k int) *entity {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j > s.lo && j >= k-12; j-- {
		if w := d.toks[j].lower; (w == "which" || w == "who") && d.tok(j-1).text == "," {
			if sp := d.spanBefore(j - 1); sp != nil && sp.ent != nil && sp.ent.typ != graph.Location {
				return sp.ent
			}
			// "The FLS rebel alliance, which": the name before the group noun
			for _, sp := range d.walkBack(max(s.lo+1, j-5), j-1) {
				if e := actorOf(sp); e != nil {
					return e
				}
			}
			return nil
		}
	}
	return nil
}
