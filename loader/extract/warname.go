package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// namedWar keeps a war its writer names by the word standing before the
// noun, k being where the war's lower-case modifiers end: a place or
// state ("the Gaza war", "the Cabo Delgado insurgency", "the Sudan
// conflict"), a demonym ("the Korean War", "the Syrian civil war"), an
// armed group ("the Boko Haram insurgency") or its length in days ("the
// 12-day war"). Such a phrase is how wire copy names one war apart from
// every other, so it is a node even with no side named. A place is where
// the war is fought, a group one of its sides.
func (d *doc) namedWar(m *eventMention, k int) bool {
	if d.daysWar(m) {
		return true
	}
	if sp, ok := d.spanEntity(k); ok && sp.hi == k+1 {
		if sp.ent == nil || sp.ent.media || !d.opensWar(sp) {
			return false
		}
		if isDemonym(sp) {
			return d.demonymWar(m, sp)
		}
		switch sp.ent.typ {
		case graph.Country, graph.Location:
			// The name places the war, whatever the clause around it
			// places: "veterans of the Vietnam war met in Hanoi".
			m.loc = sp.ent
			return true
		case graph.Organization:
			m.parts = appendUnique(m.parts, sp.ent)
			return true
		}
		return false
	}
	t := d.tok(k)
	if t.kind != tokWord || !t.cap || k == d.sents[m.sent].lo || !demonymShaped(t.lower) {
		return false
	}
	return warOpener(d.tok(d.skipWarYears(k - 1)).lower)
}

// opensWar reports whether the name sp stands right after a named war's
// opener. A name opening its sentence may have taken the capitalised
// article in ("The Darfur war ..."), which opens the war as well.
func (d *doc) opensWar(sp *span) bool {
	return d.toks[sp.lo].lower == "the" || warOpener(d.tok(d.skipWarYears(sp.lo-1)).lower)
}

// demonymWar keeps a war named by a people's name. "The Syrian war" and
// "the Sudanese civil war" are fought in that land, between sides the
// name does not tell, so the state is the war's place, not a side of it.
// Aimed elsewhere ("the Russian war against Ukraine", "the Israeli war in
// Gaza"), the demonym names the side that wages it.
func (d *doc) demonymWar(m *eventMention, sp *span) bool {
	switch d.tok(m.hi).lower {
	case "against", "on", "in", "with":
		return hasEntity(m.parts, sp.ent)
	}
	if sp.ent.typ != graph.Country && sp.ent.typ != graph.Location {
		return false
	}
	m.loc = sp.ent
	m.parts = removeEntity(m.parts, sp.ent)
	if m.qualifier == "" {
		// The demonym is the war's name, and anchors it where the text
		// never names the state itself.
		lo := sp.lo
		if d.toks[lo].lower == "the" {
			lo++
		}
		m.qualifier = d.spanText(lo, sp.hi)
	}
	return true
}

// titledWar reports whether the name run sp is a war's title that ends in
// the trigger lo..hi and is made of a people's name or a count of days
// before it: "the Korean War", "the Crimean War", "the Six-Day War". The
// name itself is the war, so it is no name hiding a trigger; "the Cold
// War" or "World War II" are eras, not wars fought in a land.
func (d *doc) titledWar(sp *span, lo, hi int) bool {
	if sp.hi != hi || sp.lo != lo-1 || !warWords[d.joinLower(lo, hi)] {
		return false
	}
	if d.toks[lo-1].lower == "day" {
		return d.tok(lo-2).text == "-"
	}
	return demonymShaped(d.toks[lo-1].lower)
}

// warOpener is the word that opens a named war: "the Gaza war", "Israel's
// Gaza war".
func warOpener(w string) bool {
	return w == "the" || w == "'s"
}

// skipWarYears steps back over the years that date a named war ("the
// 1950-53 Korean War", "the 2020 Karabakh war") and returns the index of
// the word before them.
func (d *doc) skipWarYears(k int) int {
	for n := 0; n < 4 && k > 0; n++ {
		t := d.toks[k]
		if t.kind != tokNumber && t.text != "-" && t.text != "–" {
			break
		}
		k--
	}
	return k
}

// demonymShaped reports whether a capitalised word the gazetteer does not
// know has the shape of a people's name ("Korean", "Bosnian", "Yemeni",
// "Sudanese"), the way a war is named after the land it was fought in.
// "the Cold War" or "World War II" name no land.
func demonymShaped(w string) bool {
	for _, suf := range []string{"ian", "ean", "can", "ese", "ani", "eni", "aqi"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// daysWar reports whether a war is named by how many days it lasted: "the
// 12-day war", "the Six-Day War", "their 44-day war". A war counted in
// days is over and known by that count; one counted in months or years
// ("the ten-month war") is only being measured.
func (d *doc) daysWar(m *eventMention) bool {
	k := m.lo - 1
	if w := d.tok(k).lower; w != "day" {
		return false
	}
	k--
	if d.tok(k).text != "-" {
		return false
	}
	k--
	if t := d.tok(k); t.kind != tokNumber && numberWords[t.lower] == 0 {
		return false
	}
	if o := d.tok(d.skipWarYears(k - 1)).lower; !warOpener(o) && o != "their" {
		return false
	}
	if m.qualifier == "" || strings.EqualFold(m.qualifier, "day") {
		// The count is the war's name; a titled "Six-Day War" left only
		// its capitalised "Day" as qualifier.
		m.qualifier = d.spanText(k, m.lo)
	}
	return true
}

// daysQualifier reports whether a qualifier counts a war's days ("12-day"),
// which names the war as a proper name would.
func daysQualifier(q string) bool {
	return strings.HasSuffix(strings.ToLower(q), "day")
}

// undateWars clears the day a clause lent a war. A war named in passing
// ("since the Gaza war", "the war in Ukraine" at a summit held on
// Saturday) is older than the news that names it; the day belongs to the
// news.
func (d *doc) undateWars() {
	for _, m := range d.evs {
		if m.typ == graph.OtherEvent && warTrigger(m.noun) {
			m.date = nil
		}
	}
}
