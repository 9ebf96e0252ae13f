package extract

// reportingTag reports whether a state's name opens the tag that closes
// a sentence with its source: "..., Indonesian officials said." The
// officials only tell of the talks; their state takes no part in them.
func (d *doc) reportingTag(sp *span) bool {
	if !sp.country || d.tok(sp.lo-1).text != "," || !stateNouns[d.tok(sp.hi).lower] {
		return false
	}
	v := sp.hi + 1
	if speechAux[d.tok(v).lower] {
		v++
	}
	if !speechVerbs[d.tok(v).lower] {
		return false
	}
	end := d.tok(v + 1)
	return end.text == "." || v+1 >= d.sents[d.sentOf[sp.lo]].hi
}
