package extract

// suspendedCompound reports whether the name at sp ends in a dash left
// hanging before a coordinated compound: "the UK- and France-backed
// mission" qualifies the mission as "France-backed" does; neither
// name acts.
func (d *doc) suspendedCompound(sp *span) bool {
	t := d.tok(sp.hi)
	if t.text != "-" && t.text != "–" {
		return false
	}
	switch d.tok(sp.hi + 1).lower {
	case "and", "or", ",":
	default:
		return false
	}
	for k := sp.hi + 2; k < sp.hi+8 && k < len(d.toks); k++ {
		if (d.toks[k].text == "-" || d.toks[k].text == "–") && !d.toks[k].space && compoundHeads[d.tok(k+1).lower] {
			return true
		}
		if d.toks[k].text == "." || d.toks[k].text == ";" {
			return false
		}
	}
	return false
}
