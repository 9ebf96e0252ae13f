package extract

import "github.com/geokg/geokg/graph"

// betweenAgreements reads the sides an agreement names after "between"
// when the clause tells it being made: "presented a coalition agreement
// between three parties", "the signing of the contract between A and B".
// A deal only recalled ("since a truce between A and B came into force",
// "when a deal between A and B expired") is left alone, as is one only
// proposed or called for.
func (d *doc) betweenAgreements() {
	for _, m := range d.evs {
		if m.verb || m.mod != graph.Asserted || m.typ != graph.Agreement && m.typ != graph.Ceasefire {
			continue
		}
		if d.tok(m.hi).lower != "between" || int(d.sentOf[min(m.hi, len(d.toks)-1)]) != m.sent || !d.dealMadeBefore(m) {
			continue
		}
		sides := d.sidesAfter(m.hi + 1)
		if len(sides) < 2 {
			continue
		}
		d.agreeSides(m, sides)
	}
}

// agreeSides adds the sides to the agreement m and records their AGREED
// claim on it.
func (d *doc) agreeSides(m *eventMention, sides []*entity) {
	for _, e := range sides {
		m.parts = appendUnique(m.parts, e)
	}
	d.agrees = append(d.agrees, agreement{typ: graph.Agreed, sent: m.sent, mod: m.mod, subjects: sides, target: m})
}

// madeWords are the past forms of making a deal, shared by makingWords and
// pastMaking.
var madeWords = []string{"signed", "reached", "struck", "sealed", "clinched", "concluded", "finalised", "finalized",
	"brokered", "inked", "agreed"}

// makingWords before an agreement tell it being made or laid out now.
var makingWords = setOf(append([]string{"signing", "signs", "sign", "presented", "unveiled", "announced",
	"initialled", "initialed"}, madeWords...)...)

// dealMadeBefore reports whether a verb or noun of making stands shortly
// before the agreement m, over determiners, modifiers and "of": "signed a
// new accord", "the signing of the contract".
func (d *doc) dealMadeBefore(m *eventMention) bool {
	lo, _ := d.clause(m.lo)
	for j := m.lo - 1; j >= lo && j >= m.lo-5; j-- {
		t := d.toks[j]
		if makingWords[t.lower] {
			return true
		}
		if d.trigAt[j] || t.kind != tokWord && t.kind != tokNumber && t.text != "-" || t.cap && d.spanAt[j] != 0 {
			return false
		}
	}
	return false
}

// listGlue may stand between the sides of a list: "between his party, the
// Greens and the liberal bloc".
var listGlue = setOf("and", ",", "the", "his", "her", "their", "its")

// sideHeads may follow a side's name within the list: "his D66 party".
var sideHeads = setOf("party", "group", "government", "movement", "alliance", "bloc", "rebels", "militia", "coalition")

// sidesAfter returns the sides listed from token k on: named actors ("the
// army and the rebels", "the liberal VVD") or the pair a group word stands
// for ("the two countries").
func (d *doc) sidesAfter(k int) []*entity {
	if d.pairWordsAt(k) {
		return d.lastPair(k)
	}
	var out []*entity
	for j, sp := range d.walk(k, k+16) {
		if sp != nil {
			if e := actorOf(sp); e != nil && !d.isModifierActor(sp) {
				out = appendUnique(out, e)
			}
			continue
		}
		w := d.toks[j].lower
		switch {
		case listGlue[w] || connectors[w]:
		case sideHeads[w] && d.spanAt[j-1] != 0:
		case d.toks[j].kind == tokWord && !d.toks[j].cap && listGlue[d.tok(j-1).lower] && d.spanAt[min(j+1, len(d.toks)-1)] != 0:
			// "the liberal VVD": a modifier of the next side
		default:
			return out
		}
	}
	return out
}

// pairWordsAt reports whether "the two leaders" or "the two countries"
// starts at k: a pair named before, taken as one subject.
func (d *doc) pairWordsAt(k int) bool {
	return d.groupWords(k) > 0 && d.toks[k].lower != "each"
}

// ownForces name the armed body a leader speaks for: "his forces had
// agreed to the truce" binds the commander's force, not the commander.
var ownForces = setOf("forces", "fighters", "troops", "men", "group", "movement", "militia")

// forcesOwner returns the body whose forces are the subject of predicate
// k when they are a person's own ("his forces had agreed"): the body the
// person's title names ("SDF commander Mazloum Abdi"). It returns nil when
// the subject is anything else or the person's body is not named.
func (d *doc) forcesOwner(k int, p *entity) *entity {
	if p == nil || p.typ != graph.Person {
		return nil
	}
	j := k - 1
	for j > 0 && auxWords[d.toks[j].lower] {
		j--
	}
	if !ownForces[d.toks[j].lower] || (d.tok(j-1).lower != "his" && d.tok(j-1).lower != "her") {
		return nil
	}
	for body, who := range d.titleTies() {
		if who.ent == p && body.ent != nil && body.ent.typ == graph.Organization {
			return body.ent
		}
	}
	return nil
}
