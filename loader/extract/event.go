package extract

import (
	"github.com/geokg/geokg/graph"
)

// eventMention is one trigger of an event in a sentence with the arguments
// its clause gives.
type eventMention struct {
	lo, hi  int // trigger tokens
	sent    int
	typ     graph.EventType
	verb    bool
	noun    string // the trigger as written, for names
	mod     graph.Modality
	date    *dateExpr
	loc     *entity
	perp    *entity
	parts   []*entity // participants in text order
	perps   []*entity // every side of a mutual fight ("exchange of fire")
	targets []*entity // attack or sanction targets
	pairs   [][2]*entity
	killed  *graph.Count
	injured *graph.Count
	ev      *event
}

// bare reports whether the mention names no argument of its own: "the
// attack", "these talks". Such mentions corefer with the latest event of
// their type.
func (m *eventMention) bare() bool {
	return m.loc == nil && m.perp == nil && len(m.parts) == 0 && len(m.targets) == 0
}

// compounds decide the type of two trigger nouns in a row: talks keep the
// meeting type ("ceasefire talks"), a ceasefire outranks a deal or plan
// ("ceasefire deal"), otherwise the head noun wins.
func compoundType(mod, head graph.EventType) graph.EventType {
	switch {
	case head == graph.Meeting:
		return graph.Meeting
	case mod == graph.Ceasefire && (head == graph.Agreement || head == graph.Proposal):
		return graph.Ceasefire
	case mod == graph.Attack && head == graph.Attack:
		return graph.Attack
	}
	return head
}

// infinitives are trigger nouns that are verbs after "to": "due to visit
// Islamabad", "agreed to talk".
var infinitives = setOf("visit", "talk", "meet", "call", "strike", "attack", "offer", "plan", "vote", "raid", "protest")

// nonEventHeads after a trigger noun make it a modifier of something else.
var nonEventHeads = setOf("line", "lines", "mediators", "negotiators", "monitors", "envoy", "team", "teams",
	"delegation", "delegations", "officials", "terms", "zone", "zones", "secretary", "minister", "ministry")

// weakTriggers need context to name an event.
var releaseVerbs = setOf("released", "releasing", "release", "published", "publish", "publishing", "announced", "announce", "issued", "issue", "unveiled")

var determiners = setOf("a", "an", "the", "his", "her", "their", "its", "this", "that", "televised", "national", "joint", "new", "weekly", "daily", "brief", "in")

// findEvents reads triggers sentence by sentence and fills each mention's
// arguments from its clause.
func (d *doc) findEvents() {
	type cand struct {
		lo, hi int
		typ    graph.EventType
		verb   bool
	}
	var cands []cand
	d.trigAt = make([]bool, len(d.toks))
	for _, s := range d.sents {
		if s.heading {
			continue
		}
		i := s.lo
		for i < s.hi {
			tr, n := d.lex.triggers.longest(d.toks, i, s.hi)
			if n == 0 {
				i++
				continue
			}
			lo, hi := i, i+n
			typ := tr.typ
			// Noun compounds: "ceasefire talks", "missile strike", "ceasefire deal".
			for hi < s.hi {
				t2, n2 := d.lex.triggers.longest(d.toks, hi, s.hi)
				if n2 == 0 || t2.verb || tr.verb {
					break
				}
				typ = compoundType(typ, t2.typ)
				hi += n2
			}
			i = hi
			if !d.triggerFits(lo, hi, typ, tr.verb) {
				continue
			}
			if mutualTriggers[d.joinLower(lo, hi)] && d.protestIn(s) {
				typ = graph.Protest // "protests ended in clashes with police"
			}
			cands = append(cands, cand{lo, hi, typ, tr.verb})
			d.trigAt[lo] = true
		}
	}
	ci := 0
	for si, s := range d.sents {
		if s.heading {
			d.headingEvents(si)
			continue
		}
		for ; ci < len(cands) && cands[ci].lo < s.hi; ci++ {
			c := cands[ci]
			verb := c.verb || d.tok(c.lo-1).lower == "to" && infinitives[d.toks[c.lo].lower]
			m := &eventMention{lo: c.lo, hi: c.hi, sent: si, typ: c.typ, verb: verb, noun: d.spanText(c.lo, c.hi)}
			m.mod = d.modalityAt(c.lo)
			d.fillArgs(m)
			if d.dropMention(m) {
				continue
			}
			d.evs = append(d.evs, m)
		}
	}
	d.indexMentions()
	d.findAgreements()
	d.assignDates()
	d.inheritDates()
	d.attachCounts()
	d.repeatedEvents()
}

// triggerFits filters readings a trigger word does not have here.
func (d *doc) triggerFits(lo, hi int, typ graph.EventType, verb bool) bool {
	w := d.toks[lo].lower
	prev, next := d.tok(lo-1).lower, d.tok(hi).lower
	if d.spanAt[lo] != 0 {
		if sp := d.spans[d.spanAt[lo]-1]; sp.ent != nil || sp.kind == spanGaz {
			return false // part of a name: "Security Council"
		}
	}
	if (w == "proposed" || w == "offered") && d.modifiesTrigger(hi) {
		return false // "a proposed 30-day ceasefire": the ceasefire is the event
	}
	if nonEventHeads[next] && !verb {
		return false // "ceasefire line", "ceasefire mediators"
	}
	switch w {
	case "call":
		return next == "with" || prev == "phone" || prev == "telephone" || prev == "video"
	case "deal":
		return next != "with"
	case "results", "tally":
		s := d.sents[d.sentOf[lo]]
		for k := max(s.lo, lo-6); k < lo; k++ {
			if releaseVerbs[d.toks[k].lower] {
				return true
			}
		}
		return false
	case "statement":
		return prev == "a" || prev == "joint" || prev == "the" && d.tok(lo-2).lower == "in"
	case "address":
		return determiners[prev] && !verb
	case "post":
		return next == "on" || determiners[prev] && prev != "in"
	case "posted":
		_, _ = prev, next
		return next == "on"
	case "plan", "offer", "proposal", "initiative":
		return true
	case "exchanged", "swap", "swaps":
		// "exchanged three hostages for 90 prisoners", "a prisoner swap"
		for j := hi; j < len(d.toks) && j < hi+4; j++ {
			if captiveWords[d.toks[j].lower] {
				return true
			}
		}
		return w != "exchanged" && (prev == "first" || prev == "second" || prev == "the" || prev == "a" || captiveWords[prev])
	case "killing", "killings":
		// The killing of 26 people, last month's killings; not "killing four
		// people", which tells the toll of another event.
		return next == "of" || determiners[prev] || prev == "'s" || prev == "targeted" || prev == "mass"
	case "advanced", "advancing":
		return next == "on" || next == "toward" || next == "towards" || next == "into"
	case "capture", "seizure":
		return next == "of"
	case "fighting":
		return !determiners[prev] || prev == "the" || prev == "heavy"
	case "seized", "captured", "seizing", "capturing":
		j := hi
		for d.tok(j).lower == "the" || d.tok(j).lower == "control" || d.tok(j).lower == "of" {
			j++
		}
		sp, ok := d.spanEntity(j)
		return ok && sp.ent != nil && (sp.ent.typ == graph.Location || sp.ent.typ == graph.Country)
	case "strike", "strikes":
		return prev != "hunger" && prev != "general"
	case "war":
		return true
	case "contacts":
		return true
	case "contact":
		return prev == "in" || next == "with"
	case "called", "phoned", "spoke":
		// "X called Y", "spoke by phone with Y" — not "called for", "called it".
		if w == "spoke" {
			return next == "with" || next == "by" && d.tok(hi+1).lower == "phone" || next == "to" && d.actorNear(hi+1)
		}
		if next == "for" || next == "on" || d.calledCondemnation(lo) {
			return false
		}
		j := hi
		for d.tok(j).lower == "the" || d.tok(j).lower == "his" || d.tok(j).lower == "her" || d.tok(j).lower == "their" {
			j++
		}
		return d.actorNear(j)
	case "visit", "trip":
		return true
	case "vote":
		return false
	case "fired":
		switch next {
		case "rockets", "missiles", "shells", "drones", "artillery", "mortars", "mortar", "at", "on", "a", "ballistic", "cruise", "dozens", "more", "salvos":
			return true
		}
		return false
	}
	if typ == graph.Statement && verb {
		return next == "on"
	}
	return true
}

// protestIn reports whether a sentence names a protest.
func (d *doc) protestIn(s sentence) bool {
	for k := s.lo; k < s.hi; k++ {
		if tr, n := d.lex.triggers.longest(d.toks, k, s.hi); n > 0 && tr.typ == graph.Protest {
			return true
		}
	}
	return false
}

var captiveWords = setOf("hostages", "hostage", "prisoners", "prisoner", "captives", "detainees", "pows", "bodies", "soldiers")

// modifiesTrigger reports whether an event noun follows within a few
// modifier words: "proposed 30-day ceasefire", "offered economic partnership".
func (d *doc) modifiesTrigger(k int) bool {
	for j := k; j < len(d.toks) && j < k+5; j++ {
		if _, n := d.lex.triggers.longest(d.toks, j, len(d.toks)); n > 0 {
			return true
		}
		t := d.toks[j]
		if t.kind == tokWord && (t.cap || d.spanAt[j] != 0) || t.kind == tokPunct && t.text != "-" {
			return false
		}
	}
	return false
}

// actorNear reports whether an actor, or a title of one ("the DGMO of
// India"), starts at token j.
func (d *doc) actorNear(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	if _, e := d.actorAt(j); e != nil {
		return true
	}
	t := d.toks[j]
	if sp, ok := d.spanEntity(j); ok && sp.kind == spanRole || t.allUpper {
		k := j + 1
		if sp != nil {
			k = sp.hi
		}
		if d.tok(k).lower == "of" {
			_, e := d.actorAt(min(k+1, len(d.toks)-1))
			return e != nil
		}
	}
	return false
}

// dropMention discards mentions that carry nothing an analyst would want as
// a node: a war with no party named, a plan of no one.
func (d *doc) dropMention(m *eventMention) bool {
	switch m.typ {
	case graph.OtherEvent:
		return len(m.parts) < 2
	case graph.Proposal:
		return len(m.parts) == 0 && m.mod == graph.Asserted
	}
	return false
}

// headingEvents reads a headline or cross-heading: an attack named with its
// place and perpetrator ("Russia's Sumy Strike Condemned") corefers with the
// body's report.
func (d *doc) headingEvents(si int) {
	s := d.sents[si]
	for i := s.lo; i < s.hi; i++ {
		tr, n := d.lex.triggers.longest(d.toks, i, s.hi)
		if n == 0 || tr.typ != graph.Attack {
			continue
		}
		m := &eventMention{lo: i, hi: i + n, sent: si, typ: tr.typ, noun: d.spanText(i, i+n), mod: graph.Asserted}
		d.fillArgs(m)
		if m.perp != nil || m.loc != nil {
			d.evs = append(d.evs, m)
		}
		i += n - 1
	}
}
