package extract

import "github.com/geokg/geokg/graph"

// A party "open to dialogue" or "ready for dialogue" with no one named to
// hold it with puts forward a way of settling things, not a meeting: no
// counterpart, no table, only the offer. "Open to talks with Xi" names the
// other side and stays a meeting.

// dialogueNouns name an exchange a party can offer without a counterpart.
var dialogueNouns = setOf("dialogue", "dialog")

// dialogueOffer turns the meeting m into the proposal it is when a
// readiness leads straight to a dialogue noun with no counterpart after
// it: "remained open to a demanding dialogue", "was ready for dialogue
// inside institutions", "ready to facilitate a new dialogue". Who is
// ready, and the speaker who tells it, offer it. It reports whether the
// mention was turned.
func (d *doc) dialogueOffer(m *eventMention) bool {
	if m.typ != graph.Meeting || m.verb || !dialogueNouns[d.toks[m.hi-1].lower] {
		return false
	}
	k, lo := m.lo-1, d.sents[m.sent].lo
	for k >= lo && k > m.lo-5 && (determiners[d.tok(k).lower] || isQuote(d.tok(k).text) || d.tok(k).kind == tokWord && d.spanAt[k] == 0 && !prepositions[d.tok(k).lower]) {
		k-- // "a demanding", a quote's opening mark
	}
	if w := d.tok(k).lower; w != "to" && w != "for" || !readyWords[d.tok(k-1).lower] {
		return false
	}
	for j := m.hi; j < m.hi+3; j++ {
		if w := d.tok(j).lower; w == "with" || w == "between" || w == "among" {
			return false // "open to dialogue with the unions": a meeting with them
		}
	}
	ready, verb := k-1, k-2
	if isQuote(d.tok(verb).text) {
		verb-- // `remained "open to dialogue"`
	}
	var by []*entity
	if spk := d.speakerOf(m.sent); spk != nil {
		by = append(by, spk)
	} else if src := d.subjectBefore(ready, m.sent); src != nil {
		by = append(by, src)
	}
	for _, s := range d.namedSubjects(verb) {
		by = appendUnique(by, s) // "Barrot said Paris remained open to dialogue": both offer
	}
	if len(by) == 0 {
		return false
	}
	d.makeProposal(m, by)
	return true
}
