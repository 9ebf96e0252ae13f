package extract

// launchAttack reports whether a launch at [lo, hi) sends weapons against
// someone rather than testing them: "Orvania launched 74 drones and six
// missiles overnight", "launched missiles at Israel". Drones are launched
// at targets, not tested by the salvo; a missile launch is an attack when
// the clause names whom or what it was fired at.
func (d *doc) launchAttack(lo, hi int) bool {
	_, chi := d.clause(lo)
	for j := hi; j < chi && j < hi+14; j++ {
		switch d.toks[j].lower {
		case "drone", "drones":
			return d.tok(j+1).lower != "test" && d.tok(j+1).lower != "tests"
		case "at", "against":
			k := d.pastThe(j + 1)
			if sp, ok := d.spanEntity(k); ok && sp.ent != nil {
				return true
			}
		}
	}
	return false
}
