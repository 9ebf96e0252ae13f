package extract

import "github.com/geokg/geokg/graph"

// pronounLeadIns may stand between a pronoun subject and the meeting word
// it holds: "he is due to hold talks with", "she was ready to meet", "it
// would seek fresh talks with". Verbs that ask or offer a meeting of others
// ("called for talks", "urged ... to meet") are left out: their subject
// need not sit at the table.
var pronounLeadIns = setOf("is", "was", "are", "were", "be", "been", "will", "would", "could", "may", "might",
	"should", "can", "has", "had", "have", "also", "then", "later", "again", "to", "not", "n't", "did", "does",
	"ready", "open", "willing", "prepared", "eager", "keen", "happy", "due", "scheduled", "expected", "set",
	"rule", "ruled", "out", "planning", "plans", "planned", "intends", "intended", "hopes", "hoped", "hoping", "wants", "wanted", "likely",
	"hold", "held", "holds", "holding", "seek", "seeks", "sought", "seeking", "resume", "resumed", "join",
	"joined", "attend", "attended", "begin", "began", "start", "started", "continue", "continued", "conduct",
	"conducted", "convene", "convenes", "host", "hosts", "chair", "a", "an", "the", "further", "fresh", "new", "direct", "face-to-face", "\"", "“", "”")

// meetingPronoun makes who a subject pronoun of a meeting word stands for
// a party to the meeting: "Ruiz said he was ready to hold talks with
// Sorel", "Lima said it would seek talks with Quito", "Ruiz began a visit
// to Oslo, where he is due to meet Sorel". A person's pronoun after a
// speech verb is the speaker; elsewhere the person last named before it.
// "It" is the state or body quoted. Plural "they" is left alone: it may
// stand for either side or both. trip is the verb of the trip m is the
// purpose of (tripHeadBefore), or -1. It returns the pronoun it read and
// who it stands for, so that tripTalks need not read it again.
func (d *doc) meetingPronoun(m *eventMention, trip int) heldPronoun {
	if m.typ != graph.Meeting || d.hostOffered(m) {
		return heldPronoun{at: -1}
	}
	lo := d.sents[m.sent].lo
	j := m.lo - 1
	host := false
	if trip > lo {
		j = trip - 1 // "she is due to travel to Madrid on Friday for talks"
		// "for a meeting of NATO ministers": the traveller joins the
		// body's meeting, he does not meet the body.
		host = d.tok(m.hi).lower == "of"
	}
	for n := 0; j > lo && n < 10 && d.spanAt[j] == 0 && !d.trigAt[j] && d.pronounLeadIn(j); n++ {
		switch d.toks[j].lower {
		case "convene", "convenes", "host", "hosts", "chair":
			host = true
		}
		j--
	}
	w := d.tok(j).lower
	if w != "he" && w != "she" && w != "it" || j < lo || d.insideQuote(j, lo) {
		return heldPronoun{at: -1}
	}
	e := d.pronounHolder(j, m.sent, w == "it")
	if e == nil || hasEntity(m.parts, e) {
		return heldPronoun{j, e}
	}
	for _, p := range m.parts {
		if p != e && !host { // who convenes a summit holds it for others
			m.pairs = append(m.pairs, [2]*entity{e, p})
		}
	}
	m.parts = append([]*entity{e}, m.parts...)
	return heldPronoun{j, e}
}

// heldPronoun is a subject pronoun read at token at (-1 for none) and who
// it stands for, nil when pronounHolder found no one.
type heldPronoun struct {
	at  int
	who *entity
}

// pronounLeadIn reports whether token j may stand between a pronoun
// subject and its meeting word: a lead-in or a modifier of the meeting
// ("an emergency summit"), though not "and" or "'s", which join another
// actor.
func (d *doc) pronounLeadIn(j int) bool {
	w := d.toks[j].lower
	return pronounLeadIns[w] || meetingModifiers[w] && w != "and" && w != "'s"
}

// pronounHolder returns who the subject pronoun at j stands for: after a
// speech verb the quoted speaker of sentence si ("Ruiz said on Monday he
// ..."). Otherwise "it" is the body a sentence-opening pronoun continues,
// and "he" or "she" the one person named before it in the sentence, or,
// when the sentence names none, the first person of the sentence before:
// its subject, not whoever it met ("Ruiz met Sorel. Later he held talks
// with Lund" tells of Ruiz).
func (d *doc) pronounHolder(j, si int, body bool) *entity {
	if d.speechBefore(j) {
		spk := d.speakerOf(si)
		if spk == nil || (spk.typ == graph.Person) == body {
			return nil
		}
		return spk
	}
	if body {
		return d.bodyPronoun(j, si)
	}
	var named []*entity
	for _, e := range d.actorsBetween(d.sents[si].lo, j) {
		if e.typ == graph.Person {
			named = append(named, e)
		}
	}
	if len(named) == 1 {
		return named[0]
	}
	if len(named) > 1 || si == 0 {
		// Two people named before: either may be meant.
		return nil
	}
	return d.leadActor(si-1, d.sents[si-1].hi, nil, true)
}

// insideQuote reports whether token j stands inside quotation marks opened
// in its sentence: a pronoun there is the quoted speaker's, not the
// reporter's.
func (d *doc) insideQuote(j, lo int) bool {
	open := false
	for k := lo; k < j; k++ {
		open = quotedAfter(open, d.toks[k])
	}
	return open
}

// quotedAfter tells whether a quotation is open after token t, given
// whether one was open before it: a straight '"' opens and closes by turns.
func quotedAfter(open bool, t token) bool {
	switch t.text {
	case "“":
		return true
	case "”":
		return false
	case "\"":
		return !open
	}
	return open
}
