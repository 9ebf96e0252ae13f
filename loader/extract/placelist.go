package extract

// unitPlurals end a list of places: "the X and Y regions", "the X, Y and
// Z neighbourhoods". Each name of such a list is a place, though only the
// last stands by the unit word.
var unitPlurals = setOf("regions", "provinces", "districts", "neighbourhoods", "neighborhoods", "oblasts", "counties",
	"governorates", "prefectures", "municipalities", "suburbs", "quarters", "townships", "villages", "towns", "cities")

// inPlaceList reports whether the name run sp opens or stands in a list of
// names that a plural unit word closes: "in the Vella and Orso districts".
func (d *doc) inPlaceList(sp *span) bool {
	if len(sp.toks) > 3 {
		return false
	}
	sep, named := false, true // named: a name stands just before j
	j := sp.hi
	for n := 0; n < 8 && j < len(d.toks) && d.sentOf[j] == int32(sp.sent); n++ {
		t := d.toks[j]
		switch {
		case t.text == "," || t.lower == "and":
			sep, named = true, false
			j++
		case d.spanAt[j] != 0 && t.cap:
			o := &d.spans[d.spanAt[j]-1]
			if o.lo != j || o.hi <= j {
				return false
			}
			j, named = o.hi, true
		case unitPlurals[t.lower] && !t.cap:
			// A lone name before the word is one unit of them too: "the
			// Vella neighbourhoods" is rare but a place all the same.
			return named && (sep || j == sp.hi)
		default:
			return false
		}
	}
	return false
}
