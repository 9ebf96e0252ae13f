package extract

import "strings"

// namesVictims reports whether the state named at pos only qualifies what
// was struck: the nationality of people hit ("killed three Chinese
// nationals working at a mine in Tajikistan") or who runs a site ("struck a
// Chinese-operated site in the province"). Neither is where the attack
// happened, as the state of positions or towns struck is ("attacked
// Russian positions").
func (d *doc) namesVictims(pos int) bool {
	sp, ok := d.spanEntity(pos)
	if !ok {
		return false
	}
	j := sp.hi
	if t := d.tok(j); t.text == "-" && !t.space {
		w := d.tok(j + 1).lower
		return strings.HasSuffix(w, "ed") || w == "run" || w == "built" || w == "held"
	}
	for n := 0; n < 2 && otherWords[d.tok(j).lower]; n++ {
		j++
	}
	return victimNouns[d.tok(j).lower]
}
