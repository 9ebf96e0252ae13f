package extract

// objectPronouns stand for those asked when a verb of asking names no one:
// "urged them to increase pressure on Moscow" asks them, not Moscow.
var objectPronouns = setOf("them", "him", "her", "us", "me")

// pronounAsked reports whether the words after the asking verb at k are an
// object pronoun and the "to" that opens what is asked, returning that "to".
func (d *doc) pronounAsked(k int) (int, bool) {
	if objectPronouns[d.tok(k+1).lower] && d.tok(k+2).lower == "to" {
		return k + 2, true
	}
	return 0, false
}

// irregularPast are past-tense verbs that do not end in "-ed".
var irregularPast = setOf("met", "held", "told", "spoke", "gave", "sent", "took", "made", "hosted", "visited")

// leadingSubject returns the subject of the first predicate when the verb
// at k is a second one joined by "and" and src, the nearest name before
// it, is the object of that first predicate: in "the envoy held calls with
// A and B on Friday and urged both sides to ...", the envoy urges, not B.
// It returns nil when no earlier predicate stands between them, or when a
// report verb does ("X said B had failed and urged": B may be the subject).
func (d *doc) leadingSubject(k, si int, src *entity) *entity {
	c := d.coordinatedSubject(k, si)
	if c == nil || src == nil || c == src {
		return nil
	}
	from, at := -1, -1
	for _, sp := range d.walk(d.sents[si].lo, k) {
		switch e := actorOf(sp); {
		case e == nil:
		case e == c && from < 0:
			from = sp.hi
		case e == src && from >= 0:
			at = sp.lo
		}
	}
	if from < 0 || at < 0 {
		return nil
	}
	verb := false
	for j := from; j < at; j++ {
		t := d.toks[j]
		if d.spanAt[j] != 0 || t.cap || t.kind != tokWord {
			continue
		}
		if speechVerbs[t.lower] || t.lower == "that" || t.lower == "who" || t.lower == "which" {
			return nil
		}
		if t.lower == "with" || irregularPast[t.lower] || len(t.lower) > 3 && t.lower[len(t.lower)-2:] == "ed" {
			verb = true
		}
	}
	if !verb {
		return nil
	}
	return c
}

// hyphenQualifier reports whether the name at sp qualifies the noun after
// it through a dash compound: "the Doha-based group", "Iran-backed
// militias". Such a name says where or whose the body is; it never acts.
func (d *doc) hyphenQualifier(sp *span) bool {
	t := d.tok(sp.hi)
	return (t.text == "-" || t.text == "–") && !t.space && compoundHeads[d.tok(sp.hi+1).lower]
}

// unnamedAsked reports whether the asking verb at k asks a party it names
// by a plain noun, not a name, before the "to" that opens what is asked:
// "urged mediators to push Israel", "called on donors to fund Sudan's
// relief". The names after that "to" are what the asked would act on.
func (d *doc) unnamedAsked(k int) bool {
	if !askVerbs[d.toks[k].lower] {
		return false
	}
	j := k + 1
	if w := d.tok(j).lower; w == "on" || w == "upon" {
		j++
	}
	for n := 0; n < 4; n, j = n+1, j+1 {
		t := d.tok(j)
		if t.lower == "to" {
			return n > 0 && !determiners[d.tok(j+1).lower]
		}
		if t.kind != tokWord || t.cap || d.spanAt[min(j, len(d.toks)-1)] != 0 || objectPronouns[t.lower] {
			return false
		}
	}
	return false
}
