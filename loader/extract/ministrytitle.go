package extract

import "github.com/geokg/geokg/graph"

// ministryBeforeTitle reports whether a ministry written in lower case
// stands right before a title at i: "foreign ministry spokesperson Lin
// Wei", "Commerce ministry spokesman Zhang Hua" (only the sentence's first
// word capitalised). Written so, the ministry is the body the titled person
// speaks for, and a node of its own.
func (d *doc) ministryBeforeTitle(i, lo, hi int) bool {
	t := d.toks[i]
	if t.kind != tokWord || t.cap && i != lo || ministryTopics[t.lower] == "" || d.spanAt[i] != 0 {
		return false
	}
	m := d.tok(i + 1)
	if m.cap || m.lower != "ministry" || i+2 >= hi {
		return false
	}
	n, c := d.roleAt(i+2, hi)
	return n > 0 && c != roleMod
}

// ministryTitleSpan is the span of the ministry ministryBeforeTitle found
// at i.
func (d *doc) ministryTitleSpan(i, si int) span {
	sp := span{lo: i, hi: i + 2, sent: si, kind: spanName, name: d.spanText(i, i+2),
		toks: []string{d.toks[i].lower, "ministry"}, typ: graph.Organization}
	if d.stateBefore(i) {
		// "Russian foreign ministry spokeswoman": the state's ministry is
		// named by its possessive, and the phrase as written stays a form.
		sp.alias = d.ownedBodyText(i + 2)
	}
	return sp
}
