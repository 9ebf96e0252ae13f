package extract

// deliveredArms name weapons handed to an ally: "three extra radar systems",
// "800 anti-tank missiles".
var deliveredArms = setOf("missile", "missiles", "rockets", "drones", "interceptors", "munitions", "ammunition", "shells",
	"weapons", "arms", "systems", "tanks", "howitzers", "artillery", "launchers", "batteries", "warheads", "armoured", "armored")

// armsDelivered reports whether weapons are named within n tokens from k,
// before the clause moves on: "would send three extra radar systems to
// Moldova". A state announcing the weapons it will hand over tells of aid
// given (AIDED between the two), not of an offer the other side may take
// up or of an event of its own.
func (d *doc) armsDelivered(k, n int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+n; j++ {
		w := d.toks[j].lower
		if deliveredArms[w] {
			return true
		}
		if d.isBreak(j) || w == "and" || w == "to" || d.trigAt != nil && d.trigAt[j] {
			return false
		}
	}
	return false
}
