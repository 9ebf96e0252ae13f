package extract

import "github.com/geokg/geokg/graph"

// commaCost is how many words a comma between a day phrase and a mention
// counts for: a mention in the day's clause wins over a nearer one the
// comma sets off.
const commaCost = 8

// commaBetween reports whether a comma stands between a day phrase and a
// mention.
func (d *doc) commaBetween(de *dateExpr, m *eventMention) bool {
	lo, hi := gapBetween(de, m)
	for k := lo; k < hi; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// whichHead returns the asserted event mention a ", which ..." clause
// opening at comma tells of, when the clause holds a day and no mention of
// its own: "condemned the attack in Mandera, which killed 12 people on
// Sunday". Only a day dates it so, only through a verb in the past that
// follows "which" straight, and only a mention ending at most a few words
// before the comma.
func (d *doc) whichHead(de *dateExpr, comma int) *eventMention {
	if comma < 0 || de.date.Precision != graph.Day || d.tok(comma+1).lower != "which" {
		return nil
	}
	// "which killed", "which was carried out": the clause tells the
	// event's own act; "which the army blamed on rebels on Monday" tells
	// another's, on its own day.
	if v := d.tok(comma + 2); v.kind != tokWord || v.cap || !pastVerbs[v.lower] && !isPastForm(v.lower) && v.lower != "was" && v.lower != "were" {
		return nil
	}
	var head *eventMention
	for _, m := range d.sentMentions(de.sent) {
		if m.hi <= comma && comma-m.hi <= 3 {
			head = m
		}
	}
	if head == nil || head.mod != graph.Asserted {
		return nil
	}
	return head
}
