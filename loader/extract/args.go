package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// actorSpan returns the entity a span names when it can act: a person,
// organisation or country (not media, not a place).
func (d *doc) actorAt(k int) (*span, *entity) {
	if d.spanAt[k] == 0 {
		return nil, nil
	}
	sp := &d.spans[d.spanAt[k]-1]
	if sp.ent == nil || sp.ent.media {
		return sp, nil
	}
	switch sp.ent.typ {
	case graph.Person, graph.Country, graph.Organization:
		return sp, sp.ent
	}
	return sp, nil
}

// isModifierActor reports whether the actor span only qualifies a title
// that names the real actor: "Kremlin" in "Kremlin spokesperson Dmitry
// Peskov", "Trump" in "Trump's special envoy Steve Witkoff".
func (d *doc) isModifierActor(sp *span) bool {
	k := sp.hi
	if d.tok(k).lower == "'s" {
		k++
	}
	if k >= len(d.toks) || d.spanAt[k] == 0 {
		return false
	}
	r := d.spans[d.spanAt[k]-1]
	if r.kind != spanRole {
		return false
	}
	n := d.tok(r.hi)
	if n.text == "[" {
		n = d.tok(r.hi + 1)
	}
	return n.cap
}

// announces reports whether a speaker's verb takes the event itself as
// its object ("Venezuela announced tariffs", "Ankara confirmed the talks"):
// then the speaker is the actor.
func (d *doc) announces(sp *span, m *eventMention) bool {
	v := sp.hi
	if d.tok(v).text == "," {
		return false
	}
	return speechVerbs[d.tok(v).lower] && m.lo > v && m.lo-v <= 4 && !d.triggerBetween(v, m.lo) &&
		d.tok(v+1).lower != "that" && d.tok(v+1).lower != "on"
}

// isSpeaker reports whether a span is the source of a statement rather
// than a party to what is stated: "X said", "said X", "according to X".
func (d *doc) isSpeaker(sp *span) bool {
	next := d.tok(sp.hi)
	if speechVerbs[next.lower] {
		return true
	}
	if next.text == "," && speechVerbs[d.tok(sp.hi+1).lower] {
		return true
	}
	prev := d.tok(sp.lo - 1)
	if speechVerbs[prev.lower] && prev.lower != "announced" {
		return true
	}
	return prev.lower == "to" && d.tok(sp.lo-2).lower == "according"
}

// fillArgs reads a mention's participants, place, perpetrator and targets
// from its clause.
func (d *doc) fillArgs(m *eventMention) {
	clo, chi := d.clause(m.lo)
	s := d.sents[m.sent]
	var left, right, between []actor
	var locs []actor
	inBetween, betweenDone := false, false
	if clo == s.lo && strings.HasSuffix(d.toks[clo].lower, "ing") && d.toks[clo].cap {
		// "Announcing the fresh duties Tuesday, China's Ministry of Finance
		// said ...": the participle's subject opens the main clause.
		for k := m.hi; k < s.hi; k++ {
			if d.toks[k].text != "," {
				continue
			}
			if sp, e := d.actorAt(min(k+1, len(d.toks)-1)); e != nil && sp.lo == k+1 {
				if m.typ == graph.Sanction || m.typ == graph.Attack {
					m.perp = e
				}
				m.parts = appendUnique(m.parts, e)
			}
			break
		}
	}
	seenPrep := false // a noun meeting takes parties after with/between/among
	prepActors := 0
	for k := clo; k < chi; k++ {
		w := d.toks[k].lower
		if k >= m.hi && w == "between" && !betweenDone {
			inBetween = true
		}
		if seenPrep && prepActors > 0 && d.spanAt[k] == 0 && d.toks[k].kind == tokWord && !betweenGlue[w] {
			seenPrep = false // "spoke with Putin, drawing criticism from ...": the group is over
		}
		if k >= m.hi && (w == "with" || w == "between" || w == "among" || w == "by" && !viaWords[d.tok(k+1).lower] ||
			w == "of" && hostNouns[d.tok(k-1).lower]) {
			seenPrep, prepActors = true, 0
		}
		if k >= m.hi && d.trigAt[k] && !(k >= 1 && (d.toks[k-1].lower == "and" || d.toks[k-1].lower == "or") && k-1 == m.hi) {
			break // what follows another event word is that event's
		}
		if inBetween && len(between) > 0 && d.spanAt[k] == 0 && d.toks[k].kind == tokWord && !betweenGlue[w] {
			inBetween = false
			betweenDone = true
		}
		if g := d.groupWords(k); g > 0 && (k < m.lo || k >= m.hi) && !groupBlock[d.tok(k-1).lower] {
			// "both sides", "the two countries", "those countries"
			for _, e := range d.lastPair(k) {
				a := actor{e, k, "group"}
				switch {
				case k < m.lo:
					left = append(left, a)
				case inBetween:
					between = append(between, a)
				default:
					right = append(right, a)
				}
			}
			k += g - 1
			continue
		}
		sp, e := d.actorAt(k)
		if sp == nil {
			continue
		}
		k = sp.hi - 1
		if sp.lo >= m.lo && sp.lo < m.hi {
			continue
		}
		if e == nil {
			if sp.ent != nil && sp.ent.typ == graph.Location && (sp.lo >= m.lo-8 && sp.lo <= m.hi+8) {
				locs = append(locs, actor{sp.ent, sp.lo, d.prevWord(sp.lo)})
			}
			continue
		}
		if d.isSpeaker(sp) && !d.announces(sp, m) || d.isModifierActor(sp) {
			continue
		}
		if d.tok(sp.lo-1).lower == "by" && backVerbs[d.tok(sp.lo-2).lower] {
			continue // "rebels backed by Rwanda": the backer is not the actor
		}
		if sp.country && placeHeads[d.tok(sp.hi).lower] {
			continue // "the Congolese city of Bukavu"
		}
		if d.tok(sp.hi).lower == "'s" && (sp.hi+1 < m.lo && !d.modifies(sp.hi+1, m.lo) || sp.lo >= m.hi) && !d.trigAt[sp.hi+1] {
			continue // "Leavitt's remarks follow a meeting": not a party to it
		}
		if e.typ == graph.Country && d.tok(sp.lo-1).text == "," {
			if p, ok := d.spanEntity(sp.lo - 2); ok && p.ent != nil && p.ent.typ == graph.Location {
				continue // "Istanbul, Turkey": where, not who
			}
		}
		a := actor{e, sp.lo, d.prevWord(sp.lo)}
		if e.typ == graph.Country && (a.prev == "in" || a.prev == "across") && m.typ != graph.Attack {
			if sp.lo <= m.hi+8 {
				locs = append(locs, a)
			}
			continue
		}
		switch {
		case sp.lo < m.lo:
			if !m.verb && (m.typ == graph.Ceasefire || m.typ == graph.Agreement || m.typ == graph.Proposal) && !d.modifies(sp.hi, m.lo) {
				continue
			}
			if !m.verb && m.typ == graph.Meeting && !d.modifies(sp.hi, m.lo) && !d.meetVerbBetween(sp.hi, m.lo) && !d.duringBefore(m.lo) {
				continue
			}
			left = append(left, a)
		case inBetween:
			between = append(between, a)
		default:
			if m.typ == graph.Meeting && !seenPrep && (!m.verb || prepActors > 0) {
				continue
			}
			if seenPrep {
				prepActors++
			}
			if m.typ == graph.Sanction && !(a.prev == "on" || a.prev == "against" || a.prev == "from" || a.prev == "targeting" || sp.lo <= m.hi+1) {
				continue
			}
			right = append(right, a)
		}
	}
	// Place: a location after "in", "at", "on", or right before the trigger
	// ("Sumy strike"); the first such wins.
	placeBefore := m.typ == graph.Meeting || m.typ == graph.Attack || m.typ == graph.Protest || m.typ == graph.Statement || m.typ == graph.Election
	for _, l := range locs {
		if l.pos < m.lo && l.pos < m.lo-2 && (!placeBefore || l.prev != "in" && l.prev != "at" && l.prev != "along") {
			continue
		}
		switch l.prev {
		case "in", "at", "on", "near", "outside", "across", "over", "of", "to", "into", "along", "around", "visit", "visited", "visiting", "visits":
			if m.loc == nil || m.loc.typ == graph.Country && l.ent.typ == graph.Location && m.typ == graph.Meeting {
				m.loc = l.ent // a city over a country: "parties in Sudan will meet in Jeddah"
			}
		}
		if l.pos < m.lo && m.loc == nil {
			m.loc = l.ent
		}
		if m.typ == graph.Attack && m.verb && l.pos > m.lo && l.pos <= m.hi+2 && m.loc == nil {
			m.loc = l.ent // "rebels seized Damascus"
		}
	}
	if m.loc == nil && (m.typ == graph.Protest || m.typ == graph.Election || m.typ == graph.Attack) {
		// "across the country": the country the article is about.
		for k := m.hi; k < min(chi, m.hi+6); k++ {
			if w := d.toks[k].lower; (w == "country" || w == "nation") && d.tok(k-1).lower == "the" {
				if p := d.tok(k - 2).lower; p == "across" || p == "in" || p == "throughout" || p == "around" {
					m.loc = d.mainCountry(m.lo)
				}
			}
		}
	}
	if m.loc == nil && m.typ != graph.Statement && m.typ != graph.Meeting {
		// "a ceasefire in Ukraine", "airstrikes on Pakistani targets": a
		// country after a place preposition is the place.
		for _, a := range right {
			if a.ent.typ == graph.Country && (a.prev == "in" || (m.typ == graph.Attack && (a.prev == "on" || a.prev == "against"))) {
				m.loc = a.ent
				break
			}
		}
	}
	switch m.typ {
	case graph.Attack:
		d.attackArgs(m, left, right)
	case graph.Sanction:
		for len(left) > 0 && !d.imposes(left[len(left)-1], m) {
			left = left[:len(left)-1] // "accused Rwanda ... and called for sanctions": not Rwanda's
		}
		if len(left) > 0 && m.perp == nil {
			m.perp = left[len(left)-1].ent
			m.parts = appendUnique(m.parts, m.perp)
			// "The EU and the United States imposed sanctions": both act.
			for i := len(left) - 2; i >= 0 && d.glued(left[i].pos, left[i+1].pos); i-- {
				m.perps = append(m.perps, left[i].ent)
				m.parts = appendUnique(m.parts, left[i].ent)
			}
		}
		for _, a := range right {
			if a.ent != m.perp && a.ent.typ != graph.Person {
				m.targets = append(m.targets, a.ent)
				m.parts = append(m.parts, a.ent)
			}
		}
	case graph.Election, graph.Protest:
		for _, a := range append(left, right...) {
			if a.ent.typ == graph.Country && m.loc == nil && (a.prev == "in" || d.tok(d.spans[d.spanAt[a.pos]-1].hi).lower == "'s" || a.pos < m.lo && d.modifies(d.spans[d.spanAt[a.pos]-1].hi, m.lo)) {
				m.loc = a.ent
				continue
			}
			if a.ent.typ == graph.Person && m.typ == graph.Election {
				m.parts = append(m.parts, a.ent)
			}
		}
		if m.typ == graph.Election {
			for k := s.lo; k < s.hi; k++ {
				if sp, e := d.actorAt(k); e != nil && e.typ == graph.Person && !d.isSpeaker(sp) && !hasEntity(m.parts, e) {
					m.parts = append(m.parts, e)
				}
			}
		}
	case graph.Statement:
		spk := d.speakerOf(m.sent)
		if spk == nil {
			spk = d.subjectBefore(m.lo, m.sent)
		}
		m.parts = appendUnique(m.parts, spk)
	default:
		if m.typ == graph.Meeting && len(between) >= 2 {
			left, right = nil, nil
		}
		if !m.verb && (m.typ == graph.Ceasefire || m.typ == graph.Agreement || m.typ == graph.Proposal || m.typ == graph.OtherEvent) {
			// A noun of these types takes parties named with it ("ceasefire
			// with Hamas", "war against Ukraine"), not every actor around.
			var kept []actor
			brokered := false
			for _, a := range right {
				for k := m.hi; k < a.pos && k < m.hi+4; k++ {
					if brokerVerbs[d.toks[k].lower] {
						brokered = true
					}
				}
				if a.prev == "with" || a.prev == "against" || m.typ == graph.OtherEvent && (a.prev == "around" || a.prev == "near" || a.prev == "off") ||
					brokered && (a.prev == "by" || a.prev == "," || a.prev == "and" || a.prev == "the") {
					kept = append(kept, a) // "the truce, brokered by Qatar, Egypt and the United States"
				}
			}
			right = kept
			if m.typ == graph.OtherEvent {
				kept = nil
				for _, a := range left {
					if (a.pos >= m.lo-3 || d.launchBetween(a.pos, m.lo)) && a.ent.typ != graph.Person {
						kept = append(kept, a)
					}
				}
				left = kept
			}
		}
		for _, a := range left {
			m.parts = appendUnique(m.parts, a.ent)
		}
		for _, a := range right {
			m.parts = appendUnique(m.parts, a.ent)
		}
		for _, a := range between {
			m.parts = appendUnique(m.parts, a.ent)
		}
		if m.typ == graph.Meeting {
			d.meetingPairs(m, left, right, between)
		}
	}
	_ = s
}

// actor is an actor mention in a trigger's clause: its entity, where it
// starts, and the word before it.
type actor struct {
	ent  *entity
	pos  int
	prev string
}

func hasEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

func appendUnique(es []*entity, e *entity) []*entity {
	if e == nil || hasEntity(es, e) {
		return es
	}
	return append(es, e)
}
