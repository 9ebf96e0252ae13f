package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// wonNear reports whether a contest verb follows the actor at pos: "which
// Georgian Dream won", "the party lost".
func (d *doc) wonNear(pos int) bool {
	sp, ok := d.spanEntity(pos)
	if !ok {
		return false
	}
	for j := sp.hi; j < len(d.toks) && j < sp.hi+3; j++ {
		switch d.toks[j].lower {
		case "won", "wins", "lost", "loses", "swept", "secured", "claimed", "finished", "came":
			return true
		}
	}
	return false
}

// openingStatement returns the subject of a sentence that opens with "In a
// statement,": the actors right after the comma.
func (d *doc) openingStatement(m *eventMention) []*entity {
	s := d.sents[m.sent]
	if m.lo-s.lo > 4 || d.toks[s.lo].lower != "in" {
		return nil
	}
	k := m.hi
	for k < s.hi && d.toks[k].text != "," && k < m.hi+8 {
		k++
	}
	if d.tok(k).text != "," {
		return nil
	}
	var out []*entity
	for j, sp := range d.walk(k+1, min(s.hi, k+14)) {
		if sp != nil {
			if e := actorOf(sp); e != nil && !d.isModifierActor(sp) {
				out = appendUnique(out, e) // not "Polish" in "Polish Prime Minister X"
			}
			continue
		}
		if w := d.toks[j].lower; w != "the" && w != "and" && w != "," {
			break
		}
	}
	if len(out) == 0 && pronouns[d.tok(k+1).lower] {
		// "In her victory speech, she vowed ...": the pronoun subject is
		// the latest person, whatever verb follows.
		if p := d.lastPerson(m.lo); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// delegatesBetween reports whether only the people a body sends stand
// between its possessive and a verb: "the union's trade ministers gather".
func (d *doc) delegatesBetween(lo, hi int) bool {
	if hi-lo > 4 || hi <= lo {
		return false
	}
	for k := lo; k < hi; k++ {
		w := d.toks[k].lower
		if !(groupInNouns[w] || w == "ministers" || w == "foreign" || w == "defence" || w == "defense" || w == "delegates" || w == "envoys" || w == "negotiators" || w == "representatives" || w == "top" || w == "senior" || w == "will" || w == "would") {
			return false
		}
	}
	return true
}

// whereBefore returns the place a ", where" clause holding the mention
// refers to.
func (d *doc) whereBefore(m *eventMention) *entity {
	s := d.sents[m.sent]
	for k := m.lo - 1; k > s.lo && k >= m.lo-6; k-- {
		if d.toks[k].lower == "where" && d.tok(k-1).text == "," {
			j := k - 2
			for j > s.lo && (placeNouns[d.toks[j].lower] || placeUnits[d.toks[j].lower]) { // "the Hermel area, where"
				j--
			}
			if sp, ok := d.spanEntity(j); ok && sp.ent != nil && (sp.ent.typ == graph.Location || sp.ent.typ == graph.Country) {
				return sp.ent
			}
			return nil
		}
	}
	return nil
}

// insideRelative reports whether token k lies in a ", which/who ... ,"
// clause that closes before token end.
func (d *doc) insideRelative(k, end int) bool {
	open := -1
	for j := k; j >= 0 && j >= k-25; j-- {
		if d.toks[j].text == "," {
			if w := d.tok(j + 1).lower; w == "which" || w == "who" || w == "whose" {
				open = j
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := k + 1; j < end; j++ {
		if d.toks[j].text == "," {
			return true
		}
	}
	return false
}

// possessor resolves a possessive pronoun before a trigger noun: "his
// trip" is the latest person's, "its war" the latest state's or body's.
func (d *doc) possessor(m *eventMention) *entity {
	if m.verb {
		return nil
	}
	k := m.lo - 1
	for k > 0 && (attackModifiers[d.toks[k].lower] || meetingModifiers[d.toks[k].lower] || ordinals[d.toks[k].lower] || speechKinds[d.toks[k].lower]) && d.spanAt[k] == 0 && k > m.lo-4 {
		k--
	}
	switch d.tok(k).lower {
	case "his", "her":
		if m.typ == graph.Statement {
			if p := d.leadSubject(m.sent, k); p != nil {
				return p
			}
		}
		return d.lastPerson(k)
	case "its", "their":
		s := d.sents[m.sent]
		for j := k - 1; j >= s.lo; j-- {
			if sp, e := d.actorAt(j); e != nil && e.typ != graph.Person {
				return e
			} else if sp != nil {
				j = sp.lo
			}
		}
	}
	return nil
}

// decisionNouns after a possessive make its owner the subject of what
// follows "to": "Ottawa's decision to cut quotas".
var decisionNouns = setOf("decision", "move", "plan", "order", "threat", "pledge", "bid", "attempt", "push", "call",
	"failure", "refusal", "promise", "vow", "offer", "readiness", "willingness", "efforts", "effort")

// importBefore reports whether goods come "from" the actor at k: "imports
// from China", not "cut off from SWIFT".
func (d *doc) importBefore(k int) bool {
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		switch d.toks[j].lower {
		case "imports", "goods", "products", "shipments", "exports", "steel", "oil", "gas", "cars", "vehicles":
			return true
		}
	}
	return false
}

// compoundHeads after "X-" make X qualify a noun: "Kenya-led",
// "Iran-backed", "Hamas-run".
var compoundHeads = setOf("led", "backed", "based", "brokered", "allied", "aligned", "controlled", "run",
	"born", "made", "built", "funded", "supported", "sponsored", "held", "occupied", "administered", "linked",
	"affiliated", "friendly", "leaning", "owned", "style", "type", "registered", "flagged", "bound", "drafted")

// inPreps introduce where something happens.
var inPreps = setOf("in", "at", "near", "outside", "inside")

var ordinals = setOf("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "latest", "recent", "planned", "official", "state", "surprise", "two-day", "three-day", "weekly", "annual")

// actor is an actor mention in a trigger's clause: its entity, where it
// starts, and the word before it.
type actor struct {
	ent  *entity
	pos  int
	prev string
}

func hasEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func appendUnique(es []*entity, e *entity) []*entity {
	if e == nil || hasEntity(es, e) {
		return es
	}
	return append(es, e)
}

// plainBetween reports whether tokens [lo, hi) hold no punctuation and no
// other event word: "talks between the rival factions are being held in
// Nairobi" have the place of the talks.
func (d *doc) plainBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokPunct || d.trigAt[k] {
			return false
		}
	}
	return true
}

// imposedAfter reports whether a pronoun and a verb of imposing follow the
// sanction word of m: "the quotas it placed on Chilean copper".
func (d *doc) imposedAfter(m *eventMention) bool {
	k := m.hi
	if w := d.tok(k).lower; w == "that" || w == "which" {
		k++
	}
	if w := d.tok(k).lower; w != "it" && w != "they" {
		return false
	}
	k++
	if w := d.tok(k).lower; w == "has" || w == "have" || w == "had" {
		k++ // "the sanctions it has imposed on Tehran"
	}
	return imposeVerbs[d.tok(k).lower]
}

// goodsWords after a country name make it the target of a trade measure:
// "levies on Brazilian and Argentine beef", "$4 billion of Korean
// products".
var goodsWords = setOf("goods", "imports", "products", "exports", "companies", "firms", "steel", "cars",
	"vehicles", "produce", "shipments", "chips", "entities", "banks", "officials", "nationals", "aluminium",
	"aluminum", "textiles", "electronics", "beef", "pork", "poultry", "wheat", "soybeans", "copper", "wine",
	"seafood", "fish", "timber", "lumber", "fertiliser", "fertilizer", "solar", "batteries")

// doneAfter reports whether a relative clause with a verb in the past
// follows an event word ending at hi: "the quotas it placed", "the
// raids they carried out".
func (d *doc) doneAfter(hi int) bool {
	k := hi
	if w := d.tok(k).lower; w == "that" || w == "which" {
		k++
	}
	if w := d.tok(k).lower; w != "it" && w != "they" {
		return false
	}
	v := d.tok(k + 1)
	if v.lower == "had" || v.lower == "has" || v.lower == "have" {
		v = d.tok(k + 2)
	}
	return v.kind == tokWord && !v.cap && strings.HasSuffix(v.lower, "ed")
}

// goodsAfter reports whether goods words follow a name, over other names
// joined to it: "Brazilian and Argentine beef".
func (d *doc) goodsAfter(sp *span) bool {
	k := sp.hi
	for n := 0; n < 4; n++ {
		w := d.tok(k).lower
		if goodsWords[w] {
			return true
		}
		if n := min(k+1, len(d.toks)-1); (w == "and" || w == ",") && d.spanAt[n] != 0 && n == k+1 {
			k = int(d.spans[d.spanAt[n]-1].hi)
			continue
		}
		return false
	}
	return false
}

// owner returns the actor whose possessive opens the phrase of the event
// word of m, over figures and modifiers: "Trump's 25% levies", "the
// bloc's new sanctions".
func (d *doc) owner(m *eventMention) *entity {
	k := m.lo - 1
	for n := 0; n < 5 && k > 0 && d.spanAt[k] == 0 && (d.toks[k].kind == tokNumber || d.toks[k].text == "%" ||
		d.toks[k].text == "-" || attackModifiers[d.toks[k].lower] || ownerModifiers[d.toks[k].lower]); n++ {
		k--
	}
	if d.tok(k).lower != "'s" {
		return nil
	}
	if _, e := d.actorAt(max(k-1, 0)); e != nil {
		return e
	}
	return nil
}

var ownerModifiers = setOf("percent", "per", "cent", "additional", "steep", "sweeping", "reciprocal", "retaliatory",
	"punitive", "own", "tough", "broad", "targeted", "blanket")
