package extract

import "github.com/geokg/geokg/graph"

// broadcastAudiences after "state" name the state's own outlets: "told
// state media", "speaking on state television".
var broadcastAudiences = setOf("media", "television", "tv", "radio", "broadcaster")

// addressedAudienceMention builds the statement of sentence si when a
// speaker is told addressing a legislature ("told parliament", "told the
// National Assembly in Dodoma") or the state's outlets on a named day
// ("told state media on Thursday", "speaking on state television on
// Monday night"). An address to a chamber is a sitting of its own; state
// media are the channel a government speaks through, and the day makes
// the broadcast an occasion rather than the source of a quote.
func (d *doc) addressedAudienceMention(si int) *eventMention {
	s := d.sents[si]
	for k := s.lo; k+1 < s.hi; k++ {
		a := k + 1
		switch d.toks[k].lower {
		case "told":
		case "speaking":
			if w := d.tok(a).lower; w != "on" && w != "to" {
				continue
			}
			a++
		default:
			continue
		}
		a = d.pastThe(a)
		var parts []*entity
		var place *entity
		if d.tok(a).lower == "state" && broadcastAudiences[d.tok(a+1).lower] {
			if !d.dayAfterPlace(a + 2) {
				continue // undated, state media only source the quote
			}
		} else {
			if d.toks[k].lower != "told" {
				continue // one "speaks on" a broadcast but "tells" a chamber
			}
			chamber, end := d.chamberAt(a)
			if end < 0 {
				continue
			}
			if chamber != nil {
				parts = append(parts, chamber)
			}
			if d.tok(end).lower == "in" {
				place, _ = d.audiencePlace(end + 1)
			}
		}
		who := d.subjectBefore(k, si)
		if who == nil || who.typ != graph.Person {
			return nil
		}
		return &eventMention{lo: k, hi: a + 1, sent: si, typ: graph.Statement, verb: true, noun: "address",
			mod: graph.Asserted, parts: append([]*entity{who}, parts...), loc: place}
	}
	return nil
}

// chamberAt returns the legislature named at k and the end of its name:
// "parliament", "the Bougainville House of Representatives". The entity is
// nil when the chamber is named only by its common noun; end is -1 when no
// chamber stands at k.
func (d *doc) chamberAt(k int) (*entity, int) {
	if sp, e := d.actorAt(k); sp != nil && sp.lo == k {
		if d.chamberName(sp, e) {
			return e, sp.hi
		}
		if next, body := d.actorAt(sp.hi); next != nil && next.lo == sp.hi && d.chamberName(next, body) {
			return body, next.hi // a region's chamber read as the region and the chamber
		}
		return nil, -1
	}
	if chamberNouns[d.tok(k).lower] {
		return nil, k + 1
	}
	return nil, -1
}

// chamberName reports whether span sp names e as a legislature: a body
// whose name ends in a chamber's word, "the National Assembly".
func (d *doc) chamberName(sp *span, e *entity) bool {
	return e != nil && e.typ == graph.Organization && legislatureHeads[d.toks[sp.hi-1].lower]
}
