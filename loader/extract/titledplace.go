package extract

// titledPlaceAt reports whether the title word at i opens the name of a
// place rather than standing before a person's: "Sheikh" names many
// quarters of Arab towns, and "the Sheikh Radwan neighbourhood" or
// "the Sheikh Maqsoud and Ashrafieh neighborhoods" are places, where "the
// Sheikh Tamim" or "Sheikh Tamim said" are not.
func (d *doc) titledPlaceAt(i, hi int, heading bool) bool {
	if d.toks[i].lower != "sheikh" {
		return false
	}
	n := d.nameRun(i+1, hi, heading)
	if n == 0 {
		return false
	}
	k := i + 1 + n
	if d.tok(k).lower == "and" && d.tok(k+1).cap {
		// "the Sheikh Maqsoud and Ashrafieh neighborhoods": the unit
		// comes after the last of the listed places.
		k += 1 + d.nameRun(k+1, hi, heading)
	}
	u := d.tok(k)
	return !u.cap && quarterUnits[u.lower]
}
