package extract

import "github.com/geokg/geokg/graph"

// ownerKinds are the kinds of place below the state that keep bodies of
// their own: a territory ("Gaza's health ministry") or a region with its
// own government ("the Kurdistan region's interior ministry").
var ownerKinds = setOf("area", "region")

// territoryBefore returns the place owning what is written at i: a
// territory or region named just before it, as a possessive ("Gaza's health
// ministry") or an attribute ("the Gaza health ministry"); nil when there is
// none.
func (d *doc) territoryBefore(i int) *span {
	k := len(d.spans) - 1
	if k < 0 || d.spans[k].kind != spanGaz {
		return nil
	}
	sp := &d.spans[k]
	if !ownerPlace(sp) {
		return nil
	}
	switch end := sp.hi; {
	case end == i:
		return sp
	case end == i-1 && d.toks[i-1].lower == "'s":
		return sp
	}
	return nil
}

// territoryOwner is territoryBefore once every span is known: the
// territory or region owning the body whose span opens at lo.
func (d *doc) territoryOwner(lo int) *span {
	at := lo
	if d.tok(lo-1).lower == "'s" {
		at--
	}
	p := d.spanBefore(at)
	if p == nil || p.kind != spanGaz || p.hi != at || !ownerPlace(p) {
		return nil
	}
	return p
}

// ownerPlace reports whether the gazetteer span sp names, by its name, a
// territory or region that keeps bodies of its own.
func ownerPlace(sp *span) bool {
	g := sp.gaz[0]
	return g.typ == graph.Location && ownerKinds[g.kind] && g.form == formName
}

// civilDefenceAt returns the length of a lower-case "civil defence agency"
// (or service) at i when it names a body: owned by a state or territory
// named just before it, or "the civil defence agency" saying or doing
// something. Rescue services in war zones report most tolls, so the body
// is a source the graph keeps; the bare words in "civil defence budgets"
// name nothing.
func (d *doc) civilDefenceAt(i int) int {
	t := d.toks[i]
	if t.cap && !d.sentenceOpens(i) || t.lower != "civil" {
		return 0
	}
	if w := d.tok(i + 1); w.cap || (w.lower != "defence" && w.lower != "defense") {
		return 0
	}
	if w := d.tok(i + 2); w.cap || (w.lower != "agency" && w.lower != "service") {
		return 0
	}
	if d.stateBefore(i) || d.territoryBefore(i) != nil {
		return 3
	}
	if d.tok(i-1).lower == "'s" || d.tok(i-1).lower == "the" {
		// "the territory's civil defence agency said": owned by a place
		// named before, or by no place at all.
		if d.bodySpeaksAt(i+3) || d.bodyActsAt(i+3) || d.tok(i-2).lower == "to" {
			return 3
		}
	}
	return 0
}

// civilDefenceSpan builds the span of the civil defence agency at i: named
// for its owner when one is named before it, so that each territory's
// service is a node of its own.
func (d *doc) civilDefenceSpan(i, si int) span {
	name := "Civil Defence Agency"
	if d.toks[i+2].lower == "service" {
		name = "Civil Defence Service"
	}
	sp := span{lo: i, hi: i + 3, sent: si, kind: spanName, name: name, toks: []string{"civil", "defence", d.toks[i+2].lower},
		typ: graph.Organization}
	if d.territoryBefore(i) != nil || d.stateBefore(i) {
		owner := d.spans[len(d.spans)-1]
		sp.name = owner.gaz[0].name + "'s " + name
		sp.alias = name
	}
	return sp
}

// territoryMinistryName names a lower-case ministry owned by the territory
// or region before i: "Gaza's Health Ministry"; "" when no such place is
// named there.
func (d *doc) territoryMinistryName(i int, name string) string {
	if o := d.territoryBefore(i); o != nil {
		return o.gaz[0].name + "'s " + name
	}
	return ""
}
