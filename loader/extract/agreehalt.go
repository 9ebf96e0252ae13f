package extract

import "github.com/geokg/geokg/graph"

// haltVerbs after "agreed to" stop what they take: "agreed to halt the
// fighting" makes a ceasefire of the agreement.
var haltVerbs = setOf("halt", "stop", "end", "cease", "suspend", "pause", "freeze")

// haltGlue may stand between a halting verb and the fighting it stops.
// Spans of time count too: "halt four days of fighting".
var haltGlue = setOf("the", "all", "their", "its", "mutual", "any", "further", "cross-border", "military", "of",
	"days", "weeks", "months", "years", "day", "week", "month", "year")

// infinitiveAfter returns the position of the "to" after a verb ending at
// hi, over a time told between them ("agreed last year to reopen",
// "agreed in March to merge"), or -1.
func (d *doc) infinitiveAfter(hi int) int {
	j := hi
	for j < len(d.toks) && j < hi+4 && (timeWords[d.toks[j].lower] || d.toks[j].lower == "in" || isWeekday(d.toks[j].lower) || months[d.toks[j].lower] != 0) {
		j++
	}
	if d.tok(j).lower != "to" {
		return -1
	}
	return j
}

// agreedHalt returns the position of the fighting that "agreed" at v
// commits its subject to stop ("the two neighbours agreed in March to
// halt the shelling", "agreed to stop attacks on power plants"), or -1.
// Such an agreement is a ceasefire, and the fighting named is no event
// of its own.
func (d *doc) agreedHalt(v int) int {
	if d.toks[v].lower != "agreed" {
		return -1
	}
	j := d.infinitiveAfter(v + 1)
	if j < 0 || !haltVerbs[d.tok(j+1).lower] {
		return -1
	}
	for k := j + 2; k < len(d.toks) && k < j+7; k++ {
		if tr, n := d.lex.triggers.longest(d.toks, k, min(len(d.toks), k+3)); n > 0 {
			if tr.typ == graph.Attack {
				return k
			}
			return -1
		}
		if t := d.toks[k]; !haltGlue[t.lower] && t.kind != tokNumber && numberWords[t.lower] == 0 {
			return -1
		}
	}
	return -1
}

// haltedByAgreement reports whether the attack word at lo is the fighting
// an agreement stops: "agreed to halt the fighting".
func (d *doc) haltedByAgreement(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for v := lo - 1; v >= s.lo && v >= lo-10; v-- {
		if d.toks[v].lower == "agreed" {
			return d.agreedHalt(v) == lo
		}
	}
	return false
}
