package extract

import "github.com/geokg/geokg/graph"

// Tariffs a trade deal does away with ("the pact would eliminate tariffs on
// most exports") are a term of the deal, not a measure imposed on anyone:
// the deal is the event.

// abolishVerbs do away with a measure for good.
var abolishVerbs = verbSet("eliminate", "abolish")

// tariffFillers may stand between the verb and the measure it abolishes:
// "eliminate most import duties".
var tariffFillers = setOf("most", "all", "the", "import")

// tradeDealWords name the deal that does away with the measure.
var tradeDealWords = setOf("agreement", "deal", "pact", "accord", "partnership", "treaty")

// tariffsADealEnds reports whether the sanction noun at lo is what a deal
// named before it in the sentence eliminates.
func (d *doc) tariffsADealEnds(lo int, typ graph.EventType, verb bool) bool {
	if typ != graph.Sanction || verb {
		return false
	}
	k := lo - 1
	for k > lo-3 && tariffFillers[d.tok(k).lower] {
		k--
	}
	if !abolishVerbs[d.tok(k).lower] {
		return false
	}
	s := d.sents[d.sentOf[lo]]
	for j := k - 1; j >= s.lo; j-- {
		if tradeDealWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}
