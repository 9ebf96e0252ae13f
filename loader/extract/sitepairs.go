package extract

import "github.com/geokg/geokg/graph"

// sitePairs are two lower-case words that, after a name, make it a named
// site whose name keeps them: "the Hmeimim air base", "the Khor Mor gas
// field", "the Rafah border crossing". One word of the pair alone ("field",
// "base") after a name is too often something else to say so.
var sitePairs = setOf("air base", "military base", "naval base", "army base", "gas field", "oil field",
	"border crossing", "border post", "power station", "power plant", "oil terminal", "gas terminal",
	"national park")

// siteSingles are the one-word forms of the same sites: "the Incirlik
// airbase", "the Rumaila oilfield".
var siteSingles = setOf("airbase", "oilfield", "gasfield", "airfield")

// siteQualifiers open a site pair with its kind: "nuclear power plant".
var siteQualifiers = setOf("nuclear", "hydroelectric", "thermal", "coal", "solar")

// sitePairAt returns how many lower-case words at k name a site after a
// name in the same sentence, or 0.
func (d *doc) sitePairAt(k, sent int) int {
	if k >= len(d.toks) || d.sentOf[k] != int32(sent) {
		return 0
	}
	t := d.toks[k]
	if t.cap || t.kind != tokWord {
		return 0
	}
	if siteSingles[t.lower] {
		return 1
	}
	if siteQualifiers[t.lower] && k+2 < len(d.toks) && d.sentOf[k+2] == int32(sent) && !d.toks[k+1].cap && !d.toks[k+2].cap &&
		sitePairs[d.toks[k+1].lower+" "+d.toks[k+2].lower] {
		return 3 // "the Kestrel nuclear power plant"
	}
	if n := d.tok(k + 1); !n.cap && n.kind == tokWord && d.sentOf[min(k+1, len(d.toks)-1)] == int32(sent) && sitePairs[t.lower+" "+n.lower] {
		return 2
	}
	return 0
}

// siteAfter returns how many words at k, after a gazetteer place gaz ending
// just before k, name a site after that place, or 0: a lower-case pair
// after a town ("the Rafah border crossing") or capitalised words up to a
// site's head after a city ("Pyongyang International Airport").
func (d *doc) siteAfter(k, si, hi int, gaz []gazEntry) int {
	if len(gaz) == 0 {
		return 0
	}
	g := gaz[0]
	if m := d.sitePairAt(k, si); m > 0 && g.typ == graph.Location && g.form == formName && g.kind != "region" {
		return m
	}
	if m := d.namedSiteAt(k, hi); m > 0 && (g.form == formCapital || g.typ == graph.Location && g.form == formName && g.kind == "city") {
		return m
	}
	return 0
}

// namedSiteHeads end a site's capitalised name after its city's:
// "Pyongyang International Airport", "Lusail Stadium".
var namedSiteHeads = setOf("airport", "stadium")

// namedSiteAt returns how many capitalised words at k, up to a site's head,
// name a site after the city just before them, or 0.
func (d *doc) namedSiteAt(k, hi int) int {
	for m := 0; m < 3 && k+m < hi; m++ {
		t := d.toks[k+m]
		if !t.cap || t.kind != tokWord {
			return 0
		}
		if namedSiteHeads[t.lower] {
			return m + 1
		}
	}
	return 0
}
