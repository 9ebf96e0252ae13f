package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// wideUnits end the name of a place that holds towns: "Ouaddai region".
var wideUnits = setOf("region", "province", "state", "district", "department", "governorate", "county", "oblast",
	"prefecture", "territory")

// widePlace tells whether sp names a state or a place that holds towns.
func (d *doc) widePlace(sp *span) bool {
	return sp.ent != nil && (sp.ent.typ == graph.Country || sp.ent.kind == "region" || wideUnits[d.tok(sp.hi-1).lower])
}

// holdsPlaceBefore tells whether sp names the wider place that holds the
// place just before it: "near Goz Beida in Chad's Ouaddai region", "in
// Kalehe, in South Kivu province". News gives the holder to say where the
// town lies, not as a second place where the event happened.
func (d *doc) holdsPlaceBefore(sp *span) bool {
	if !d.widePlace(sp) {
		return false
	}
	j := d.prevWordAt(sp.lo)
	if d.tok(j).lower != "in" {
		return false
	}
	j--
	if d.tok(j).text == "," {
		j--
	}
	a, ok := d.spanEntity(j)
	return ok && a.hi == j+1 && a.ent != nil && a.ent != sp.ent && a.ent.typ == graph.Location
}

// seatNouns name a body by where it sits: "the embassy in Lima". Police
// are not among them: police in a state act in it.
var seatNouns = setOf("embassy", "embassies", "consulate", "consulates", "mission")

// orgSeat tells whether the place at token k only says where a body sits
// ("China's embassy in Panama criticised", "the High Commission in Accra
// said"): the place belongs to the body, not to what the sentence reports.
func (d *doc) orgSeat(k int) bool {
	j := d.prevWordAt(k)
	if d.tok(j).lower != "in" {
		return false
	}
	if seatNouns[d.tok(j-1).lower] {
		return true
	}
	o, ok := d.spanEntity(j - 1)
	return ok && o.hi == j && o.ent != nil && o.ent.typ == graph.Organization && !o.ent.media
}

// dropStateOfTown keeps an event's town over the state that holds it: one
// mention placing a protest in Peru and another in Lima tell one place,
// and news names the state only for want of the town.
func (d *doc) dropStateOfTown() {
	towns := make(map[*event][]string)
	for _, c := range d.claims {
		if c.typ == graph.OccurredIn && c.src.ev != nil && c.dst.ent != nil && c.dst.ent.typ == graph.Location && c.dst.ent.country != "" {
			towns[c.src.ev] = append(towns[c.src.ev], c.dst.ent.country)
		}
	}
	if len(towns) == 0 {
		return
	}
	d.dropClaims(func(c claim) bool {
		return c.typ == graph.OccurredIn && c.src.ev != nil && c.dst.ent != nil && c.dst.ent.typ == graph.Country &&
			slices.Contains(towns[c.src.ev], c.dst.ent.code)
	})
}

// placeStart skips "the" and words like "southern" from token j to the
// place they qualify; a word that begins a name ("South Kivu", "The
// Hague") is the place itself.
func (d *doc) placeStart(j int) int {
	return d.pastPlaceWords(j, func(j int) bool {
		w := d.tok(j).lower
		return w == "the" || regionAdjectives[w] || d.compassHyphen(j)
	})
}

// pastPlaceWords steps from token j over the words that qualify a place
// before its name, those qualifier accepts and hyphened describing words
// ("the oil-rich Delta state"), and stops where a name begins.
func (d *doc) pastPlaceWords(j int, qualifier func(int) bool) int {
	for !d.nameStartsAt(j) {
		if qualifier(j) {
			j++
		} else if c := d.describingCompoundAt(j); c > j {
			j = c
		} else {
			break
		}
	}
	return j
}

// compassHyphen tells whether token j is the hyphen of "north-western",
// which the tokenizer splits.
func (d *doc) compassHyphen(j int) bool {
	t := d.tok(j)
	return t.text == "-" && !t.space && !d.tok(j+1).space && regionAdjectives[d.tok(j-1).lower] && regionAdjectives[d.tok(j+1).lower]
}

// nameStartsAt tells whether a name begins at token j.
func (d *doc) nameStartsAt(j int) bool {
	sp, ok := d.spanEntity(j)
	return ok && sp.lo == j
}
