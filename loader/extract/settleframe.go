package extract

// A framework is a proposal when it is a text put to the sides to settle a
// conflict: "a US-drafted framework to end the war", "a peace framework
// for Ukraine", "the 20-point framework". A "legal framework" or "within
// the framework of" names a standing order, no proposal.

// settlementKinds before "framework" name what it would settle.
var settlementKinds = setOf("peace", "ceasefire", "truce", "settlement", "draft")

// settlementFramework reports whether the framework at lo..hi is a text
// proposed to settle a conflict: qualified by its kind, by its author's
// drafting ("US-drafted"), by its count of points ("20-point"), or
// followed by its purpose ("to end the war").
func (d *doc) settlementFramework(lo, hi int) bool {
	prev := d.tok(lo - 1).lower
	switch {
	case settlementKinds[prev]:
		return true
	case (prev == "drafted" || prev == "point") && d.tok(lo-2).text == "-":
		return true // "a U.S.-drafted framework", "the 20-point framework"
	case d.tok(hi).lower == "to" && d.tok(hi+1).lower == "end":
		return true // "a framework to end the war"
	}
	return false
}
