package extract

// pledgeResumers after "ready to" or "pledged to" promise help when what
// they keep up or bring back is a giving: "was ready to resume arms
// deliveries", "pledged to continue fuel shipments". "Ready to resume talks"
// or "to expand cooperation" gives nothing and stays no offer.
var pledgeResumers = setOf("resume", "continue", "restore", "increase", "expand", "maintain", "keep")

// givenGoods name what a kept-up giving hands over, beside pledgeObjects
// and aidNouns: "deliveries of grain", "fuel shipments".
var givenGoods = setOf("deliveries", "shipments", "supplies", "exports", "supply", "delivery", "shipment")

// resumedGiving reports whether the verb at v keeps up or brings back a
// giving named within the next few words of its clause.
func (d *doc) resumedGiving(v int) bool {
	if !pledgeResumers[d.tok(v).lower] || d.spanAt[v] != 0 {
		return false
	}
	_, end := d.clause(v)
	for j := v + 1; j < end && j <= v+4; j++ {
		w := d.toks[j].lower
		if d.trigAt[j] || w == "," || w == "and" {
			return false
		}
		if givenGoods[w] || pledgeObjects[w] || aidNouns[w] {
			return true
		}
	}
	return false
}
