package extract

// News describes a place with a hyphened word before its name: "Peru's
// coca-growing Apurimac valley", "the oil-rich Delta state". The word says
// what the place is like, so the preposition before it still tells where.

// describingCompoundAt returns the token after a hyphened describing word
// starting at j ("coca-growing", "oil-rich"), or j when none starts there.
// Its tail is lower case and neither part is a name: "Iran-backed" and
// "so-called" do not describe a place.
func (d *doc) describingCompoundAt(j int) int {
	if !d.describingPart(j) || !d.describingPart(j+2) || d.toks[j+2].cap || !d.hyphenGlued(j+2) || d.toks[j].lower == "so" {
		return j
	}
	return j + 3
}

// describingPart tells whether token j is a plain word outside any name.
func (d *doc) describingPart(j int) bool {
	return j >= 0 && j < len(d.toks) && d.toks[j].kind == tokWord && d.spanAt[j] == 0
}

// placePrevWord is prevWord for a place's name at k, read past a hyphened
// describing word: "in" for "in Peru's coca-growing Apurimac valley".
func (d *doc) placePrevWord(k int) string {
	if j := k - 3; j >= 0 && d.describingCompoundAt(j) == k {
		return d.prevWord(j)
	}
	return d.prevWord(k)
}
