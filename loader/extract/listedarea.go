package extract

import "github.com/geokg/geokg/graph"

// areaPlurals are the plural unit words that make each name listed before
// them an area named after its city, with the singular the area's own
// name takes: "the Odra, Velin and Sarno regions".
var areaPlurals = map[string]string{"regions": "region", "provinces": "province", "districts": "district",
	"oblasts": "oblast", "governorates": "governorate", "prefectures": "prefecture", "counties": "county"}

// listedArea returns the unit word ("region") when the city named at i (n
// tokens) stands in a list of areas a plural unit word closes ("the Odra,
// Velin and Sarno regions") and the article names that area in full
// elsewhere ("in the Odra region"): the listed name is then that area, not
// a second place. Alone, a listed name is left as it stands, the bare name
// being how such areas are usually given.
func (d *doc) listedArea(i, n, hi int, gaz []gazEntry) string {
	if len(gaz) == 0 || gaz[0].typ != graph.Location || gaz[0].form == formDemonym || gaz[0].kind == "region" || gaz[0].kind == "sea" {
		return ""
	}
	return d.listedAreaAt(i, n, hi)
}

// listedRunArea is listedArea for an unlisted name of one or two words.
func (d *doc) listedRunArea(i, n, hi int, heading bool) string {
	if heading || n > 2 {
		return ""
	}
	return d.listedAreaAt(i, n, hi)
}

// listedAreaAt returns the unit of the list closing after the name at i
// (n tokens) when the article names that area in full elsewhere.
func (d *doc) listedAreaAt(i, n, hi int) string {
	if u := d.areaAfterList(i+n, hi); u != "" && d.areaNamed(i, n, u) {
		return u
	}
	return ""
}

// areaNamed reports whether the name at i (n tokens) stands before the
// singular unit word anywhere else in the article: "the Odra region".
func (d *doc) areaNamed(i, n int, unit string) bool {
	for k := 0; k+n < len(d.toks); k++ {
		if k == i || d.toks[k+n].lower != unit {
			continue
		}
		same := true
		for m := 0; m < n && same; m++ {
			same = d.toks[k+m].lower == d.toks[i+m].lower
		}
		if same {
			return true
		}
	}
	return false
}

// addAreaSpan marks [lo, hi) as the area a listed name stands for: "the
// Odra, Velin and Sarno regions" names the Velin region, the bare name
// kept as an alias.
func (d *doc) addAreaSpan(lo, hi, si int, unit string) {
	d.addRunSpan(lo, hi, si)
	sp := &d.spans[len(d.spans)-1]
	sp.alias = sp.name
	sp.name += " " + unit
	sp.typ = graph.Location
}

// areaAfterList reads on from j over ", Name" and "and Name" to the plural
// unit word that closes the list.
func (d *doc) areaAfterList(j, hi int) string {
	for steps := 0; j < hi && steps < 8; steps++ {
		t := d.toks[j]
		if u, ok := areaPlurals[t.lower]; ok && !t.cap {
			return u
		}
		if t.text != "," && t.lower != "and" && t.lower != "or" {
			return ""
		}
		j++
		if j < hi && d.toks[j].lower == "and" {
			j++ // "A, B, and C regions"
		}
		m := d.listMember(j, hi)
		if m == 0 {
			return ""
		}
		j += m
	}
	return ""
}

// listMember returns the length of a list member at j: a listed place or
// a short capitalised name; 0 when none stands there.
func (d *doc) listMember(j, hi int) int {
	if n := d.gazAt(j, hi); n > 0 {
		return n
	}
	m := 0
	for j+m < hi && m < 3 && d.toks[j+m].cap && d.toks[j+m].kind == tokWord {
		m++
	}
	return m
}
