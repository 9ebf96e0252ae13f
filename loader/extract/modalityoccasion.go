package extract

import "strings"

// madeActs are commitments and asks told as done: said at an event, they
// hold the event ("pledged $2bn at a conference", "vowed at a rally").
var madeActs = setOf("pledged", "promised", "vowed", "warned", "urged", "demanded", "threatened", "suggested",
	"proposed", "floated", "rejected")

// occasionPreps put the event in which an act was done: "at the summit",
// "during the call".
var occasionPreps = setOf("at", "during")

// occasionModifiers stand between an occasion preposition and its event.
var occasionModifiers = setOf("emergency", "international", "annual", "virtual", "extraordinary", "regional", "donor",
	"donors", "high-level", "ministerial", "day", "days")

// gerundAfter reports whether "after" at k opens a gerund at p that tells
// what the subject did before the act: "pledged to co-ordinate plans after
// meeting in Warsaw yesterday". "After a ceasefire" names a condition
// still ahead; the gerund names the subject's own deed.
func (d *doc) gerundAfter(k, p int) bool {
	return d.toks[k].lower == "after" && k == p-1 && strings.HasSuffix(d.toks[p].lower, "ing")
}

// madeBefore reports whether a commitment or ask told as done stands
// between lo and k with nothing that puts the clause ahead: "have pledged
// to co-ordinate plans" but not "will pledge" or "are expected to vow".
func (d *doc) madeBefore(lo, k int) bool {
	made := false
	for j := lo; j < k; j++ {
		w := d.toks[j].lower
		if madeActs[w] {
			made = true
		} else if futureAux[w] {
			return false
		}
	}
	return made
}

// futureAux put a clause ahead of its day.
var futureAux = setOf("will", "would", "could", "may", "might", "should", "shall", "expected", "due", "set")

// laterWords after the event put it ahead: "at a conference next week".
var laterWords = setOf("next", "later", "upcoming", "coming", "tomorrow")

// actOccasion reports whether the event at p is only the occasion of a
// commitment or ask made there: "Donors pledged $3bn at a one-day
// conference on Thursday" holds the conference, though the pledge looks
// ahead. It does not when anything else in the clause looks ahead ("are
// expected to pledge funds at a conference", "at the summit next week").
func (d *doc) actOccasion(p, lo, chi int) bool {
	k := p - 1
	for k > lo && k >= p-6 && (determiners[d.toks[k].lower] || occasionModifiers[d.toks[k].lower] || d.spanAt[k] != 0 ||
		d.toks[k].text == "-" || d.tok(k+1).text == "-") {
		k-- // "a one-day donor conference", "the emergency summit"
	}
	if k > lo && d.gerundAfter(k, p) {
		return d.madeBefore(lo, k)
	}
	if k <= lo || !occasionPreps[d.toks[k].lower] {
		return false
	}
	made := false
	for j := lo; j < k; j++ {
		w := d.toks[j].lower
		switch {
		case madeActs[w]:
			made = true
		case w == "toward" || w == "towards":
			// "pledged $3bn towards rebuilding": the object of the pledge.
		case possibleMarkers[w] || readyingWords[w] || w == "to" && (d.tok(j-1).lower == "is" || d.tok(j-1).lower == "are"):
			return false
		}
	}
	if !made {
		return false
	}
	for j := p + 1; j < chi && j <= p+8; j++ {
		if laterWords[d.toks[j].lower] {
			return false
		}
	}
	return true
}
