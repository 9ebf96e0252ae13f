package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// treatyAcronyms abbreviate treaties, trade pacts and laws: the text names
// an instrument, not a body that acts ("Mexico criticised the USMCA").
var treatyAcronyms = setOf("usmca", "cusma", "nafta", "agoa", "jcpoa", "npt", "ctbt", "inf", "cptpp", "tpp", "rcep",
	"ttip", "ceta", "gatt", "unclos", "gdpr", "daca", "ndaa", "trips")

// prefixBodyHeads end the name of a body set up under a known one: "UN
// Verification Mission", "Senate Armed Services Committee".
var prefixBodyHeads = setOf("committee", "subcommittee", "commission", "mission", "group", "panel", "office",
	"council", "force", "team", "programme", "agency", "tribunal")

// prefixTailHeads are the heads whose name runs on to the state they
// serve in: "UN Verification Mission in Colombia".
var prefixTailHeads = setOf("mission", "group", "office", "force")

// chamberNouns name a legislature by a common noun alone ("told
// parliament") and end the names of a state's own chambers ("the Israeli
// Parliament").
var chamberNouns = setOf("senate", "congress", "parliament")

// legislatureHeads end the name of a chamber whose committees carry its
// name before theirs.
var legislatureHeads = setPlus(chamberNouns, "house", "representatives", "assembly", "duma", "knesset")

// prefixedBody returns the length of the capitalised run after a known
// international body or chamber (at i, n tokens) that names a body of its
// own under it: "the United Nations Verification Mission in Colombia" is
// the mission, and "the Senate Armed Services Committee" the
// committee, neither the UN nor the Senate; 0 otherwise.
func (d *doc) prefixedBody(i, n, hi int, gaz []gazEntry) int {
	if len(gaz) == 0 || gaz[0].typ != graph.Organization || i+n >= hi {
		return 0
	}
	e := gaz[0]
	if e.kind != "international organization" && !(e.kind == "government body" && legislatureHeads[lastWord(e.name)]) {
		return 0
	}
	j := i + n
	if t := d.toks[j]; !t.cap || t.allUpper || t.kind != tokWord || !t.space || d.gazAt(j, hi) > 0 || d.roleStarts(j, hi) {
		return 0
	}
	m := d.nameRun(j, hi, false)
	if m == 0 || !prefixBodyHeads[d.toks[j+m-1].lower] {
		return 0
	}
	if prefixTailHeads[d.toks[j+m-1].lower] {
		m += d.servedStates(j+m, hi)
	}
	return m
}

// servedStates returns the length of "in Colombia" or "in India and
// Pakistan" at k, the states a mission serves in, or 0.
func (d *doc) servedStates(k, hi int) int {
	if d.tok(k).lower != "in" || d.tok(k).cap {
		return 0
	}
	end := k + 1
	for {
		g := d.gazAt(end, hi)
		if g == 0 || !d.namesState(end, g) {
			return 0
		}
		end += g
		if d.tok(end).lower != "and" || end+1 >= hi || d.gazAt(end+1, hi) == 0 || !d.namesState(end+1, d.gazAt(end+1, hi)) {
			return end - k
		}
		end++
	}
}

// namesState reports whether the gazetteer phrase at k, n tokens long, is
// a country's or place's own name (not its demonym).
func (d *doc) namesState(k, n int) bool {
	fit := d.fittingGaz(k, n)
	return len(fit) > 0 && fit[0].form == formName && (fit[0].typ == graph.Country || fit[0].typ == graph.Location)
}

// descriptorHeads name a body by what it does: "the UN humanitarian office,
// OCHA", "the U.N. nuclear watchdog".
var descriptorHeads = setOf("agency", "office", "watchdog", "mission", "body", "agencies", "programme", "program")

// parentDescriptor reports whether the UN, named at i, n tokens long, only
// describes the body of its own that the lower-case words after it name:
// in "UNRWA, the U.N. agency for refugees" and "the UN peacekeeping
// mission, MONUSCO" the agency or mission is meant, not the UN. A
// person's title after the head ("the UN nuclear watchdog chief") speaks
// for the UN itself.
func (d *doc) parentDescriptor(i, n, hi int, gaz []gazEntry) bool {
	// Only the UN stands over so many agencies that its name describes
	// them; "the Aspides naval mission" is Aspides itself.
	if len(gaz) == 0 || gaz[0].typ != graph.Organization || gaz[0].name != "United Nations" {
		return false
	}
	for k := i + n; k < hi && k < i+n+4; k++ {
		t := d.toks[k]
		if t.cap || t.kind != tokWord || d.spanAt[k] != 0 {
			return false
		}
		if descriptorHeads[t.lower] {
			next := k + 1
			if d.tok(next).text == "'s" {
				next++
			}
			if next >= hi {
				return true
			}
			n, c := d.roleAt(next, hi)
			return n == 0 || c == 0
		}
	}
	return false
}

// placeListCues before "of" open a list of places whatever their names:
// "the villages of A and B", "the border towns of A, B and C".
var placeListCues = setOf("villages", "towns", "cities", "districts", "provinces", "regions", "localities",
	"communities", "neighbourhoods", "neighborhoods", "suburbs", "settlements", "municipalities", "hamlets")

// titledWord reports whether the capitalised word at k, no English word and
// no listed name, stands right after a title ("Interior Minister Nelia", "the
// interior minister, Nelia"): it opens a person's name, so the place's name
// after it is the surname.
func (d *doc) titledWord(k int) bool {
	if k < 1 {
		return false
	}
	r := d.spanAt[k-1]
	if r == 0 && d.toks[k-1].text == "," && k >= 2 {
		r = d.spanAt[k-2]
	}
	return r != 0 && d.spans[r-1].kind == spanRole
}

// titledPlaceSurname reports whether the one-word city or region name at j
// ends a person's name opened by an unknown word right after a title.
func (d *doc) titledPlaceSurname(j int) bool {
	if !d.titledWord(j - 1) {
		return false
	}
	fit := d.fittingGaz(j, 1)
	for _, e := range fit {
		if e.typ != graph.Location || e.form != formName || e.kind != "city" && e.kind != "region" {
			return false
		}
	}
	return len(fit) > 0
}

// facilityHeads end the name of a building or site: "Kumbala National
// Park", "Rovena Hall". A given name before the head makes it a person's
// surname instead ("Jane Hall").
var facilityHeads = setOf("park", "hall", "terminal", "tunnel")

// facilityRun reports whether the run names a building or site by its
// head: "Kumbala National Park", "Great Hall of the People".
func (d *doc) facilityRun(sp *span) bool {
	if len(sp.toks) < 2 || d.lex.given[sp.toks[0]] {
		return false
	}
	for k, t := range sp.toks {
		if t == "of" {
			return k > 0 && facilityHeads[sp.toks[k-1]]
		}
	}
	return facilityHeads[sp.toks[len(sp.toks)-1]]
}

// stemUnits name a unit after the place it is called for: "Kemmet district"
// is the Kemmet an article also names bare.
var stemUnits = setOf("district", "region", "province", "county", "governorate", "oblast", "prefecture")

// unitStemEntity returns the place that a run "X district" names when the
// article names X alone as a place too ("in Kemmet ... Kemmet district"):
// one place, the unit's name an alias of it. A listed city keeps its
// region apart ("Kursk", "the Kursk region"), and so does a name listed
// beside one; only its district is one with it. It returns nil otherwise.
func (d *doc) unitStemEntity(i int) *entity {
	sp := &d.spans[i]
	unit := d.tok(sp.hi - 1)
	if sp.typ != graph.Location || sp.hi-sp.lo < 2 || unit.cap || !stemUnits[unit.lower] {
		return nil
	}
	n := sp.hi - 1 - sp.lo
	for k := range d.spans {
		o := &d.spans[k]
		if k == i || o.hi-o.lo != n || strings.HasPrefix(d.tok(o.hi).lower, unit.lower[:4]) || !d.sameToks(o.lo, sp.lo, n) {
			// "Samara regional governor" speaks of the region itself.
			continue
		}
		switch {
		case o.kind == spanName && o.typ == "" && !o.weak && o.ent == nil && o.personScore < 3 && !d.sents[o.sent].heading:
			// "Gunmen attacked Kemmet ... in Kemmet district": the bare
			// name is the place too.
			o.typ = graph.Location
			e := d.register(&entity{id: graph.EntityID(graph.Location, o.name), typ: graph.Location, name: o.name,
				first: o.lo, confirmed: true})
			if k < i {
				d.attach(o, k, e, o.name, true) // its own turn to resolve is past
			}
			return e
		case o.kind == spanName && o.typ == graph.Location && (unit.lower == "district" || !d.listsCity(k)):
			return d.register(&entity{id: graph.EntityID(graph.Location, o.name), typ: graph.Location, name: o.name,
				first: o.lo, confirmed: true})
		case o.kind == spanGaz && len(o.gaz) > 0 && o.gaz[0].typ == graph.Location && o.gaz[0].form == formName &&
			o.gaz[0].kind == "city" && unit.lower == "district":
			return d.entityFor(o.gaz[0])
		}
	}
	return nil
}

// listsCity reports whether span k stands in a list with a listed city
// ("airports in Samara and Kazan"): it names a city, apart from the
// region called after it.
func (d *doc) listsCity(k int) bool {
	for _, o := range d.listNeighbours(k) {
		if o.kind == spanGaz && len(o.gaz) > 0 && o.gaz[0].typ == graph.Location && o.gaz[0].kind == "city" {
			return true
		}
	}
	return false
}

// sameToks reports whether the n tokens from a and from b read alike.
func (d *doc) sameToks(a, b, n int) bool {
	for k := 0; k < n; k++ {
		if foldLower(d.tok(a+k).lower) != foldLower(d.tok(b+k).lower) {
			return false
		}
	}
	return true
}

// ownBareMinistry gives the state's name to a ministry named bare before
// it ("the Defense Ministry said ... Taiwan's Defense Ministry") so that
// both name one body, and returns that body; nil when no ministry of the
// topic, unowned and made from the text, came before.
func (d *doc) ownBareMinistry(key, name string) *entity {
	_, topic, ok := strings.Cut(key, " ")
	if !ok {
		return nil
	}
	b := d.ministries[topic]
	id := graph.EntityID(graph.Organization, name)
	if b == nil || b.typ != graph.Organization || b.country != "" || b.kind != "" {
		return nil
	}
	// Only a name that opens with its topic or "Ministry" is bare: "Russian
	// Foreign Ministry" already has its state.
	if f := strings.Fields(strings.ToLower(b.name)); len(f) == 0 || f[0] != "ministry" && ministryTopics[f[0]] == "" {
		return nil
	}
	if _, taken := d.entByKey[id]; taken {
		return nil
	}
	delete(d.entByKey, b.id)
	b.id, b.name = id, name
	d.entByKey[id] = b
	d.ministries[key] = b
	return b
}
