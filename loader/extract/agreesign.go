package extract

import "github.com/geokg/geokg/graph"

// actorsListed returns the actors listed from token from on ("Ministers
// Ana Ruiz and Tomas Vidal, ..."), skipping titles and the states that
// only qualify them; the list ends at the first other word.
func (d *doc) actorsListed(from int) []*entity {
	var out []*entity
	for j, sp := range d.walk(from, from+12) {
		if sp != nil {
			if e := actorOf(sp); e != nil && !d.isModifierActor(sp) {
				out = appendUnique(out, e)
			}
		} else if w := d.toks[j].lower; w != "and" && w != "," && w != "the" && !connectors[w] && !d.signerLink(j) {
			break // "von der Leyen" may be matched from "Leyen"
		}
	}
	return out
}

// signerLink reports whether the word at j only joins one signer to the
// next: "by A and his Iraqi counterpart B".
func (d *doc) signerLink(j int) bool {
	switch w := d.toks[j].lower; w {
	case "his", "her", "their":
		return counterpartWords[d.tok(j+1).lower] || counterpartWords[d.tok(j+2).lower]
	default:
		return counterpartWords[w]
	}
}

// counterpartWords name the peer of a listed signer.
var counterpartWords = setOf("counterpart", "counterparts")

// signedWith returns the partners named after "with" right behind the
// agreement a signing or agreeing verb takes: "signed the accord with
// Defence Minister Ana Ruiz", "agreed a truce with the rebels" make Ruiz
// and the rebels parties too.
func (d *doc) signedWith(verb int, m *eventMention) []*entity {
	w := d.toks[verb].lower
	if !signVerbs[w] && !(agreeVerbs[w] || makeVerbs[w]) || d.tok(m.hi).lower != "with" || d.sentOf[m.hi] != d.sentOf[verb] {
		return nil
	}
	if !signVerbs[w] && m.typ != graph.Agreement && m.typ != graph.Ceasefire {
		return nil
	}
	return d.actorsListed(m.hi + 1)
}

// signaturesPut reports whether the word at k is "signatures" put to an
// accord ("put their signatures to the pact"), which agrees like "signed".
func (d *doc) signaturesPut(k int) bool {
	if w := d.toks[k].lower; w != "signatures" && w != "signature" {
		return false
	}
	switch d.tok(k - 1).lower {
	case "their", "its", "his", "her":
	default:
		return false
	}
	switch d.tok(k - 2).lower {
	case "put", "puts", "putting", "set", "sets", "setting", "added", "add", "adds", "adding", "affixed", "affix":
	default:
		return false
	}
	w := d.tok(k + 1).lower
	return w == "to" || w == "on"
}

// backNouns stand for an agreement named shortly before: "The document
// was signed by ..." after "the two states reached a fisheries deal".
var backNouns = setOf("document", "documents", "text", "texts")

// agreementReferredBefore returns the latest agreement of the two
// sentences before si when the passive verb at k has for subject a
// noun standing for it ("The document was signed by ...").
func (d *doc) agreementReferredBefore(k, si int) *eventMention {
	lo, _ := d.clause(k)
	found := false
	for j := lo; j < k; j++ {
		if backNouns[d.toks[j].lower] {
			if w := d.tok(j - 1).lower; w == "the" || w == "this" || w == "that" || w == "both" {
				found = true
			}
		}
	}
	if !found {
		return nil
	}
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		ms := d.sentMentions(s)
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].typ == graph.Agreement && !d.sinceClause(ms[i]) {
				return ms[i] // not "since they signed a treaty": what it measures from
			}
		}
	}
	return nil
}
