package extract

// arrestVerbs take the people a raid is made to seize.
var arrestVerbs = setOf("arrested", "detained", "apprehended", "arresting", "detaining")

// arrestRaid reports whether the raid noun at lo tells how an arrest was
// made: in "police had detained nine men in raids on two farming
// villages" the raids are the arrests' own happening, not an attack.
func (d *doc) arrestRaid(lo int) bool {
	if w := d.toks[lo].lower; w != "raid" && w != "raids" {
		return false
	}
	p := lo - 1
	for p >= 0 && p > lo-4 && d.toks[p].kind == tokWord && !d.toks[p].cap && d.tok(p).lower != "in" && d.tok(p).lower != "during" {
		p-- // "in overnight raids", "in a series of raids"
	}
	if w := d.tok(p).lower; w != "in" && w != "during" {
		return false
	}
	lo = max(p-8, d.sents[d.sentOf[p]].lo)
	for k := p - 1; k >= lo; k-- {
		if arrestVerbs[d.toks[k].lower] {
			return true
		}
		if t := d.toks[k]; t.text == "." || t.text == ";" {
			return false
		}
	}
	return false
}
