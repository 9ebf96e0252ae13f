package extract

import "github.com/geokg/geokg/graph"

// banVerbs stop trade: "suspended imports of Japanese seafood".
var banVerbs = setOf("suspended", "banned", "halted", "barred", "blocked", "restricted", "suspends", "bans", "halts",
	"suspend", "ban", "halt", "block", "restrict", "bar")

// importBans: who suspends imports of a country's goods sanctions that
// country.
func (d *doc) importBans(k, si int) {
	if !banVerbs[d.toks[k].lower] {
		return
	}
	j := k + 1
	for n := 0; n < 2 && (d.tok(j).lower == "all" || d.tok(j).lower == "the" || d.tok(j).lower == "some"); n++ {
		j++
	}
	if w := d.tok(j).lower; w != "imports" && w != "purchases" || d.tok(j+1).lower != "of" && d.tok(j+1).lower != "from" {
		return
	}
	sp, ok := d.spanEntity(j + 2)
	if !ok || sp.ent == nil || sp.ent.typ != graph.Country {
		return
	}
	src := d.subjectBefore(k, si)
	if c := d.coordinatedSubject(k, si); c != nil && (src == nil || src == d.speakerOf(si)) {
		src = c
	}
	if src == nil {
		src = d.speakerOf(si) // "Russia said it could suspend imports of ..."
	}
	if src == nil || src == sp.ent || src.typ == graph.Person {
		return
	}
	mod := graph.Asserted
	if modalWords[d.tok(k-1).lower] || modalWords[d.tok(k-2).lower] || d.tok(k-1).lower == "not" {
		// "could suspend imports": the verb's own mood. Without one, an
		// earlier "urged ... to" in the sentence does not reach it.
		mod = d.modalityAt(k)
	}
	d.addClaim(claim{src: ent(src), dst: ent(sp.ent), typ: graph.Sanctioned, mod: mod, sent: si, conf: 0.5})
}

// modalWords before a verb give it its own mood.
var modalWords = setOf("would", "could", "may", "might", "will", "shall", "should", "can", "to", "threatened", "threatens")
