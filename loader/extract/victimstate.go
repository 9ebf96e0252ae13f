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

// harmedVictims reports whether the state named at pos qualifies people
// the sentence says were harmed: "six Kenyan police officers were killed
// when their truck hit a mine". Their state is the side struck, never the
// striker; "Kenyan troops killed" keeps the active voice and is not read.
// A toll that counts the dead of two sides ("20 Indian soldiers and four
// Chinese troops were killed") tells of a fight both sides waged.
func (d *doc) harmedVictims(pos int) bool {
	if !d.namesVictims(pos) {
		return false
	}
	sp, _ := d.spanEntity(pos)
	for k := sp.lo - 1; k >= sp.lo-4 && k > 0; k-- {
		if d.toks[k].lower == "and" && victimNouns[d.tok(k-1).lower] {
			return false
		}
	}
	j := sp.hi
	for n := 0; n < 4 && (otherWords[d.tok(j).lower] || victimNouns[d.tok(j).lower]); n++ {
		j++
	}
	if w := d.tok(j).lower; w == "have" || w == "has" || w == "had" {
		j++
	}
	if d.tok(j).lower == "died" {
		return true
	}
	if !passiveAux[d.tok(j).lower] {
		return false
	}
	w := d.tok(j + 1).lower
	return killedWords[w] || injuredWords[w] || harmVerbs[w]
}
