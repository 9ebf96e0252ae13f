package extract

import "github.com/geokg/geokg/graph"

// recognitionWords tell that one state recognises another, an event of
// its own in diplomacy: "recognised Palestine as a state", "Spain's
// recognition of Kosovo".
var recognitionWords = setOf("recognition", "recognise", "recognised", "recognises", "recognising",
	"recognize", "recognized", "recognizes", "recognizing")

// recognitionFits keeps a recognition only when what is recognised is a
// state or territory named within a few words; recognising a result, a
// government or a need is no event. handled is false for other words.
func (d *doc) recognitionFits(lo, hi int, verb bool) (fits, handled bool) {
	w := d.toks[lo].lower
	if !recognitionWords[w] {
		return false, false
	}
	k := hi
	if w == "recognition" {
		if d.tok(hi).lower != "of" {
			return false, true // "sought international recognition"
		}
		k++
	} else if d.tok(lo-1).lower == "internationally" || d.tok(lo-1).lower == "widely" {
		return false, true // "the internationally recognised government"
	} else if d.modalityAt(lo) == graph.Denied {
		return false, true // "has never recognised its independence": a standing position, not an act
	}
	_, chi := d.clause(lo)
	for j := k; j < chi && j < k+5; j++ {
		if d.spanAt[j] == 0 {
			continue
		}
		sp := d.spans[d.spanAt[j]-1]
		if sp.ent == nil {
			return false, true
		}
		return sp.ent.typ == graph.Country || sp.ent.typ == graph.Location, true
	}
	return false, true
}
