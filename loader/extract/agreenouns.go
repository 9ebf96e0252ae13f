package extract

import "github.com/geokg/geokg/graph"

// Nouns that name an agreement only when a verb of signing or reaching
// governs them: "signed nine documents on energy", "signed a protocol
// fixing the border", "reached an understanding on grain exports". Alone
// each is too loose a word ("an understanding of the risks", "classified
// documents", "security protocols") to be read as a deal.

// reachVerbs make their object a deal arrived at: "reached an
// understanding", "struck an understanding".
var reachVerbs = leaveOut(verbSet("reach", "strike"), "stricken")

// signedPaperFits reads the nouns a governing verb makes an agreement.
// handled is false for any other trigger.
func (d *doc) signedPaperFits(lo, hi int) (ok, handled bool) {
	switch d.joinLower(lo, hi) {
	case "documents", "protocol", "protocols":
		return d.governedBy(lo, signVerbs), true
	case "understanding":
		return d.governedBy(lo, reachVerbs) || d.tok(lo-2).lower == "to" && d.tok(lo-3).lower == "came", true
	}
	return false, false
}

// governedBy reports whether a verb of set takes the noun at lo as its
// object, over an article, a count and up to three lower-case modifiers
// ("signed about a dozen documents", "inked two transport and energy
// documents", "the signing of nine documents").
func (d *doc) governedBy(lo int, set map[string]bool) bool {
	words := 0
	for k := lo - 1; k >= 0 && k >= lo-7; k-- {
		t := d.toks[k]
		switch {
		case set[t.lower]:
			return true
		case t.lower == "of" && d.tok(k-1).lower == "signing":
		case t.lower == "a" || t.lower == "an" || t.lower == "some" || t.lower == "several" || t.lower == "the" || t.kind == tokNumber || numberWords[t.lower] > 0:
		case t.text == "-" || t.lower == "and":
		case t.kind == tokWord && !t.cap && !d.trigAt[k] && d.spanAt[k] == 0 && words < 3:
			words++
		default:
			return false
		}
	}
	return false
}

// partySide returns the state or body a party to talks stands for: a
// state or body itself, a person the state or body their title names
// ("IAEA chief Rafael Grossi", "Kenya's Foreign Minister ..."); nil when
// none is named.
func (d *doc) partySide(e *entity) *entity {
	switch e.typ {
	case graph.Country, graph.Organization:
		return e
	case graph.Person:
	default:
		return nil
	}
	if s := d.actorState(e); s != nil {
		return s
	}
	for _, si := range e.spans {
		r := d.spanBefore(d.spans[si].lo)
		if r == nil || r.kind != spanRole {
			continue
		}
		if b := d.spanBefore(r.lo); b != nil && b.ent != nil && b.ent.typ == graph.Organization {
			return b.ent
		}
	}
	return nil
}

// latestMeetingSides returns the two sides of the latest meeting told
// before k, in k's sentence or the two before: whom "the two sides agreed"
// or "we have reached an understanding" speak for after "X held talks
// with Y". A person whose side goes unnamed (a host received by "the
// president") sits on a side already named. It returns nil unless exactly
// two sides stand there.
func (d *doc) latestMeetingSides(k int) []*entity {
	if k <= 0 || k > len(d.toks) {
		return nil
	}
	si := int(d.sentOf[k-1])
	m := d.priorMention(k, si-2, func(m *eventMention) bool { return m.typ == graph.Meeting && len(m.parts) > 0 })
	if m == nil {
		return nil
	}
	var sides []*entity
	for _, e := range d.mentionSides(m) {
		s := d.partySide(e)
		if s == nil {
			s = d.hostSide(e, m)
		}
		if s == nil && e.typ == graph.Person {
			continue
		}
		if s == nil {
			return nil
		}
		sides = appendUnique(sides, s)
	}
	if len(sides) != 2 {
		return nil
	}
	return sides
}

// speakerSides adds to the agreement t the sides of the talks just told
// when the speaker says "we" agreed ("'We have reached an understanding,'
// the minister said after the meeting"): the speaker's side and the one
// across the table are its parties, though only the speaker agreed in
// words. subjects are the agreeing actors found for the verb at k.
func (d *doc) speakerSides(k int, subjects []*entity, t *eventMention) {
	j := k - 1
	for j > 0 && auxWords[d.toks[j].lower] {
		j--
	}
	if d.tok(j).lower != "we" || len(subjects) != 1 {
		return
	}
	own := d.partySide(subjects[0])
	sides := d.latestMeetingSides(j)
	if own == nil || !hasEntity(sides, own) {
		return
	}
	for _, e := range sides {
		t.parts = appendUnique(t.parts, e)
	}
}

// signedAtTalks gives a document signed with no signer named ("the
// presidents then looked on at the signing of nine documents") the
// parties of the latest talks whose parties were told: the papers are
// theirs.
func (d *doc) signedAtTalks(m *eventMention) {
	if m.typ != graph.Agreement || len(m.parts) > 0 || m.verb {
		return
	}
	k := m.lo - 1
	for k > m.lo-6 && k > 0 && d.tok(k).lower != "of" {
		k--
	}
	if d.tok(k).lower != "of" || d.tok(k-1).lower != "signing" || !d.governedBy(m.lo, signVerbs) {
		return
	}
	talks := d.priorMention(m.lo, m.sent-4, func(o *eventMention) bool { return o.typ == graph.Meeting && len(o.parts) >= 2 })
	if talks != nil {
		m.parts = append([]*entity(nil), talks.parts...)
	}
}
