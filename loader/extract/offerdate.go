package extract

import "github.com/geokg/geokg/graph"

// An offer is made in the saying of it: the day a speaker said they were
// ready, or would concede on a condition, is the offer's day, though the
// thing offered has none yet.

// saidOffer reports whether m is an offer the speaker of its sentence
// makes in saying it, which the day of the saying dates: "Norway said on
// Thursday that it stood ready to facilitate fresh dialogue". A plan another
// is told to bring keeps its own time.
func (d *doc) saidOffer(m *eventMention) bool {
	if m.typ != graph.Proposal || len(m.offeredBy) == 0 {
		return false
	}
	spk := d.speakerOf(m.sent)
	return spk != nil && hasEntity(m.offeredBy, spk)
}

// openingDay reports whether the time phrase de opens its sentence before
// a comma, so that it dates the saying the sentence reports: "On Friday,
// the party said it would back the budget".
func (d *doc) openingDay(de *dateExpr) bool {
	lo := d.sents[de.sent].lo
	return d.tok(de.hi).text == "," && (de.lo == lo || de.lo == lo+1 && d.toks[lo].lower == "on")
}
