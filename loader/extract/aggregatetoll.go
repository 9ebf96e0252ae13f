package extract

// aggregateToll reports whether the kill verb m sums up deaths over a
// stretch of time rather than telling one happening: "the group has killed
// thousands of civilians over the past decade", "insurgents have killed
// tens of thousands since 2009". Such a toll belongs to no attack the
// article reports, only to one its own clause names ("strikes have killed
// 400 people since then").
func (d *doc) aggregateToll(m *eventMention) bool {
	if !m.verb || !killedWords[d.toks[m.lo].lower] {
		return false
	}
	k := m.lo - 1
	for k > 0 && (d.toks[k].lower == "since" || d.toks[k].lower == "already" || d.toks[k].lower == "reportedly" || d.toks[k].lower == "been") {
		k-- // "has since killed", "have already killed", "have been killed"
	}
	if w := d.tok(k).lower; w != "has" && w != "have" {
		return false
	}
	s := d.sents[m.sent]
	for j := m.hi; j < s.hi && j < m.hi+16; j++ {
		w := d.toks[j].lower
		if w == ";" || j > m.hi && d.trigAt[j] {
			break
		}
		switch {
		case w == "thousands" || w == "millions":
			return true // "has killed tens of thousands"
		case w == "since" && d.tok(j+1).kind == tokNumber || w == "since" && d.tok(j+1).lower == "then":
			return true
		case (w == "over" || w == "in" || w == "during") && d.longStretch(j+1):
			return true // "in recent years", "over the past decade"
		case w == "this" && d.tok(j+1).lower == "year" || w == "since" && months[d.tok(j+1).lower] != 0:
			return true // "at least 60 have been killed this year", "since January"
		}
	}
	return false
}

// spanWords name a stretch of time long enough to sum up a conflict.
var spanWords = setOf("years", "decade", "decades", "months")

// longStretch reports whether such a stretch is named at j: "recent
// years", "the decade", "the past decade", "the last two years".
func (d *doc) longStretch(j int) bool {
	w, n := d.tok(j).lower, d.tok(j+1).lower
	switch {
	case (w == "the" || w == "recent") && spanWords[n]:
		return true
	case w == "the" && (n == "past" || n == "last"):
		return spanWords[d.tok(j+2).lower] || spanWords[d.tok(j+3).lower]
	}
	return false
}

// runningToll reports whether the attack noun m is the cause of a toll
// counted since some time: "300 people have died in Saudi air raids
// since the truce began". It names the whole run of attacks, not the
// one the article reports.
func (d *doc) runningToll(m *eventMention) bool {
	if m.verb {
		return false
	}
	s := d.sents[m.sent]
	k := m.lo - 1
	for k > s.lo && k >= m.lo-4 && (attackModifiers[d.toks[k].lower] || d.spanAt[k] != 0) {
		k--
	}
	if w := d.tok(k).lower; w != "in" && w != "by" || d.tok(k-1).lower != "killed" || d.tok(k-2).lower != "been" {
		return false
	}
	if d.toks[s.lo].lower == "since" {
		return true // "Since the truce began, 400 have been killed by Israeli fire"
	}
	for j := m.hi; j < s.hi && j < m.hi+4; j++ {
		if d.toks[j].lower == "since" {
			return true
		}
		if d.toks[j].kind == tokPunct {
			break
		}
	}
	return false
}
