package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// harmVerbs name harm done to people. Told with an attack as their setting
// ("killed 40 people in an attack on a market"), their subject carried out
// the attack.
var harmVerbs = setOf("killed", "wounded", "injured", "abducted", "kidnapped", "massacred", "slaughtered")

// armedMembers, with the unnamedSubjects, head a subject that acts for the
// group named after "from" or "of": "Rebels from the X killed", "fighters
// of the Y group abducted".
var armedMembers = setOf("members", "troops", "soldiers", "forces", "militiamen", "commandos")

// armedHead reports whether w heads a subject acting for a group.
func armedHead(w string) bool {
	return armedMembers[w] || unnamedSubjects[w]
}

// notObjects after a harm verb show it is a participle with no object:
// "soldiers killed by a roadside bomb in an attack", "killed last week".
var notObjects = setOf("by", "in", "on", "during", "when", "while", "after", "before", "last", "this",
	"overnight", "yesterday", "earlier", ",", "and", "or")

// harmSetting returns the harm verb whose setting the noun trigger m is:
// "killed at least 30 villagers, most of them farmers, in a raid". It
// returns -1 unless "in" or "during" opens the trigger's phrase and such a
// verb in the active voice stands shortly before it.
func (d *doc) harmSetting(m *eventMention) int {
	if m.verb {
		return -1
	}
	s := d.sents[m.sent]
	k := m.lo - 1
	for k > s.lo && k >= m.lo-4 && (attackModifiers[d.toks[k].lower] || d.toks[k].lower == "weekend" || d.toks[k].kind == tokNumber) {
		k--
	}
	if w := d.tok(k).lower; w != "in" && w != "during" {
		return -1
	}
	for v := k - 1; v > s.lo && v >= k-25; v-- {
		w := d.toks[v].lower
		if w == ";" || w == ":" || d.trigAt[v] && !harmVerbs[w] {
			return -1 // another event's words: the verb is not told of this one
		}
		if !harmVerbs[w] {
			continue
		}
		if passiveAux[d.tok(v-1).lower] {
			return -1 // "were killed in an attack" names no one who killed
		}
		if v+1 == k || notObjects[d.tok(v+1).lower] {
			return -1 // "fighters killed in an attack", "killed by gunmen in a raid": the fighters died
		}
		return v
	}
	return -1
}

// killerSubject returns the state or group that did the harm the attack
// at m is the setting of: "Chadian troops have killed 52 militants in an
// offensive", "Rebels from the X killed 38 people in an attack". Nil when
// the verb has no such subject.
func (d *doc) killerSubject(m *eventMention) *entity {
	v := d.harmSetting(m)
	if v < 0 {
		return nil
	}
	s := d.sents[m.sent]
	j := d.subjectWordBefore(v, s.lo)
	if w := d.toks[j].lower; d.spanAt[j] == 0 && armedHead(w) {
		// "Chadian troops killed", "Boko Haram fighters killed"
		if sp, e := d.actorAt(j - 1); e != nil && sp.hi == j && d.killerFits(sp, e) && d.opensClause(d.articleStart(sp.lo)) {
			return e
		}
		return nil
	}
	if d.spanAt[j] == 0 && partyHeads[d.toks[j].lower] {
		j-- // "fighters of the Islamic State group"
	}
	if d.tok(j).text == ")" {
		// "the Allied Democratic Forces (ADF) killed": the name before the
		// bracketed short form.
		if sp, _ := d.actorAt(j - 1); sp != nil && d.tok(sp.lo-1).text == "(" {
			j = sp.lo - 2
		}
	}
	sp, e := d.actorAt(j)
	if e == nil || sp.hi != j+1 || !d.killerFits(sp, e) {
		return nil
	}
	p := d.articleStart(sp.lo)
	if w := d.tok(p - 1).lower; w == "from" || w == "of" {
		if !armedHead(d.tok(p-2).lower) || !d.opensClause(p-2) {
			return nil // "killed relatives of X", "a commander of X"
		}
		return e
	}
	if !d.opensClause(p) {
		return nil
	}
	return e
}

// articleStart returns where the name at lo starts with its article: "the
// Allied Democratic Forces" starts at "the".
func (d *doc) articleStart(lo int) int {
	if lo > 0 && d.tok(lo-1).lower == "the" {
		return lo - 1
	}
	return lo
}

// killerFits reports whether the actor can carry out an attack: a state or
// an armed or political body, not a news agency or a title's qualifier.
func (d *doc) killerFits(sp *span, e *entity) bool {
	return (e.typ == graph.Country || e.typ == graph.Organization) && !e.media && !d.isModifierActor(sp)
}

// linkWords tie a name to a word before it, so the name does not open its
// clause: "relatives of X members".
var linkWords = setOf("of", "from", "for", "to", "with", "by", "in", "on", "at", "against", "and", "or", "that", "who")

// opensClause reports whether the word at k opens its clause: the
// sentence starts there, or a dash, comma or quote mark stands before it,
// with at most an article or one lower-case adjective between ("the
// suspected rebels").
func (d *doc) opensClause(k int) bool {
	start := d.pastDateline(d.sents[d.sentOf[k]].lo, k+1) // "NAIROBI (AFP) - Gunmen ..." opens at "Gunmen"
	for n := 0; n < 3; n++ {
		if k <= start {
			return true
		}
		t := d.tok(k - 1)
		if t.kind == tokPunct {
			return t.text != "(" && t.text != ")"
		}
		if _, e := d.actorAt(k - 1); e != nil {
			return false
		}
		if t.kind != tokWord || t.cap && k-1 != start || linkWords[t.lower] ||
			verbish(t.lower) && t.lower != "suspected" && t.lower != "armed" {
			return false
		}
		k--
	}
	return false
}

// beforeClauseBetween reports whether a clause that dates what follows
// against the news ("days after", "a week before", "since") opens in
// (lo, hi) with a subject of its own: what stands before it is not the
// subject of what follows. "two weeks after seizing Goma" shares the
// subject of the news.
func (d *doc) beforeClauseBetween(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		switch d.toks[k].lower {
		case "after", "before", "since", "following":
			if strings.HasSuffix(d.tok(k+1).lower, "ing") && d.spanAt[k+1] == 0 {
				continue
			}
			if d.tok(k-1).text == "," || timeUnits[d.tok(k-1).lower] || d.tok(k-1).lower == "shortly" || d.tok(k-1).lower == "soon" {
				return true
			}
		}
	}
	return false
}

// timeUnits measure how far apart two happenings are: "days after".
var timeUnits = setOf("hours", "hour", "day", "days", "week", "weeks", "month", "months", "year", "years")
