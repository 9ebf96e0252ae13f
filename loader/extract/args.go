package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// actorAt returns the span at token k and, when it can act, the entity it
// names (see actorOf).
func (d *doc) actorAt(k int) (*span, *entity) {
	if k < 0 || k >= len(d.spanAt) || d.spanAt[k] == 0 {
		return nil, nil
	}
	sp := &d.spans[d.spanAt[k]-1]
	return sp, actorOf(sp)
}

// isModifierActor reports whether the actor span only qualifies a title
// that names the real actor: "Kremlin" in "Kremlin spokesperson Dmitry
// Ryder", "Macron" in "Macron's special envoy Jean-Yves Le Drian".
func (d *doc) isModifierActor(sp *span) bool {
	j := d.beforeThe(sp.lo - 1)
	if d.tok(j).lower == "to" || d.tok(j).lower == "for" {
		if r := d.spanBefore(j); r != nil && r.kind == spanRole {
			return true // "a former UN envoy to Libya", "the UN envoy for Yemen"
		}
	}
	if sp.country && d.tok(sp.hi).lower != "'s" && d.mediaAfter(sp.hi) {
		return true // "Iranian state television reported": the medium reports, the state takes no part
	}
	k := sp.hi
	if d.tok(k).lower == "'s" {
		k++
	}
	if k >= len(d.toks) || d.spanAt[k] == 0 {
		return false
	}
	r := d.spans[d.spanAt[k]-1]
	if k == sp.hi && sp.country && r.country && sp.ent.typ == graph.Country && r.ent != nil && r.ent != sp.ent {
		return true // "Turkish Cypriot leaders": a community of the second state, not the first
	}
	if r.kind == spanName && r.typ == graph.Organization && !r.lower && !d.toks[r.lo].cap && sp.ent.typ == graph.Country {
		return true // "Peru's health ministry said", "the Polish army said": the state's body acts
	}
	if r.kind != spanRole {
		return false
	}
	n := d.tok(r.hi)
	if n.text == "[" {
		n = d.tok(r.hi + 1)
	}
	if d.remitPerson(&r) != nil {
		return true // "UN special envoy for Yemen Hans Grundberg"
	}
	if n.text == "," && d.appositionPerson(r.hi) != nil {
		return true // "his Egyptian counterpart, Badr Abdelatty,"
	}
	return n.cap || d.describesPerson(sp.lo)
}

// appositionPerson returns the person a comma at k sets beside the title
// before it: "his Egyptian counterpart, Badr Abdelatty, ..."; nil when
// the name after the comma starts another clause ("..., Abdelatty said").
func (d *doc) appositionPerson(k int) *span {
	if d.tok(k).text != "," {
		return nil
	}
	j := k + 1
	if r, ok := d.spanEntity(j); ok && r.kind == spanRole && r.lo == j {
		j = r.hi // "his Saudi counterpart, Prince Faisal bin Farhan"
	}
	p, ok := d.spanEntity(j)
	if !ok || p.lo != j || p.ent == nil || p.ent.typ != graph.Person {
		return nil
	}
	switch n := d.tok(p.hi); {
	case n.text == "," && !speechVerbs[d.tok(p.hi+1).lower], n.text == ".", n.lower == "on", n.lower == "in":
		return p
	}
	return nil
}

// describesPerson reports whether the phrase at lo describes the person named
// just before it: "Lena Vogt, the German special envoy".
func (d *doc) describesPerson(lo int) bool {
	j := lo - 1
	for j > lo-4 && (d.tok(j).lower == "the" || d.tok(j).lower == "a" || d.tok(j).lower == "an" || d.tok(j).lower == "former") {
		j--
	}
	if j == lo-1 || d.tok(j).text != "," {
		return false
	}
	p := d.spanBefore(j)
	return p != nil && p.ent != nil && p.ent.typ == graph.Person
}

// announces reports whether a speaker's verb takes the event itself as
// its object ("Venezuela announced tariffs", "Ankara confirmed the talks"):
// then the speaker is the actor.
func (d *doc) announces(sp *span, m *eventMention) bool {
	v := sp.hi
	if d.tok(v).text == "," {
		return false
	}
	if speechAux[d.tok(v).lower] && speechVerbs[d.tok(v+1).lower] {
		v++ // "Ankara has confirmed the talks"
	}
	return speechVerbs[d.tok(v).lower] && m.lo > v && m.lo-v <= 4 && !d.triggerBetween(v, m.lo) &&
		d.tok(v+1).lower != "that" && d.tok(v+1).lower != "on"
}

// speechAux may stand between a speaker and the speech verb: "has said".
var speechAux = setOf("has", "have", "had")

// isSpeaker reports whether a span is the source of a statement rather
// than a party to what is stated: "X said", "said X", "according to X".
func (d *doc) isSpeaker(sp *span) bool {
	next := d.tok(sp.hi)
	if speechVerbs[next.lower] || speechAux[next.lower] && speechVerbs[d.tok(sp.hi+1).lower] {
		return true // "the White House has said"
	}
	if d.reportingTag(sp) {
		return true // "..., Chilean officials said."
	}
	if d.titledSpeechVerb(sp) >= 0 {
		return true // "Olena Bondar, head of the regional administration, said"
	}
	if next.text == "," && speechVerbs[d.tok(sp.hi+1).lower] {
		// "flew to Sofia to meet Radev, saying ...": a participle after a
		// comma tells what the clause's subject said, not the name before it.
		if strings.HasSuffix(d.tok(sp.hi+1).lower, "ing") {
			return false
		}
		// "The EU, which maintains sanctions on Belarus, said": Belarus
		// closes the relative clause; the EU speaks.
		return !d.insideRelative(sp.lo, sp.hi+1)
	}
	prev := d.tok(sp.lo - 1)
	if invertedSpeech[prev.lower] {
		// "..., said Okafor." names the speaker; "said Spain was drafting"
		// the subject of what was said.
		n := d.tok(sp.hi)
		return !(n.kind == tokWord && !n.cap && n.lower != "on" && n.lower != "in")
	}
	return prev.lower == "to" && d.tok(sp.lo-2).lower == "according"
}

// invertedSpeech may stand before its speaker: "..., said Ryder". Verbs
// such as "declared" or "announced" take an object there instead.
var invertedSpeech = setOf("said", "says", "told", "added", "adds", "wrote", "writes", "noted", "tweeted", "stated", "replied", "insisted", "explained", "argued")

// fillArgs reads a mention's participants, place, perpetrator and targets
// from its clause.
func (d *doc) fillArgs(m *eventMention) {
	clo, chi := d.clause(m.lo)
	if e := d.relativeClauseEnd(m.lo, m.hi); e > 0 && e < chi {
		chi = e // "Reyes, who visited Lima in March, accused Chile": the visit ends at its comma
	}
	s := d.sents[m.sent]
	var left, right, between []actor
	var locs []actor
	inBetween, betweenDone := false, false
	if clo == s.lo && strings.HasSuffix(d.toks[clo].lower, "ing") && d.toks[clo].cap {
		// "Unveiling the new levies on Monday, Canada's Ministry of Finance
		// said ...": the participle's subject opens the main clause.
		for k := m.hi; k < s.hi; k++ {
			if d.toks[k].text != "," {
				continue
			}
			sp, e := d.actorAt(min(k+1, len(d.toks)-1))
			if e != nil && sp.lo == k+1 {
				if p := d.titledPersonAfter(sp); p != nil && m.typ == graph.Meeting && d.isModifierActor(sp) {
					// "Speaking at the summit, Danish Prime Minister Karl
					// Holm said": the titled person spoke there, not the state.
					e = p.ent
				}
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
			w == "of" && hostNouns[d.tok(k-1).lower] || w == "to" && k == m.hi && visitNouns[d.toks[m.hi-1].lower]) {
			seenPrep, prepActors = true, 0
		}
		if k >= m.hi && d.trigAt[k] && !(k >= 1 && (d.toks[k-1].lower == "and" || d.toks[k-1].lower == "or") && k-1 == m.hi) {
			break // what follows another event word is that event's
		}
		if k > m.hi && m.typ == graph.Meeting && w == "and" && joinedVerb(d.tok(k+1)) && (!meetVerbs[d.tok(k+1).lower] || askVerbs[d.tok(k+1).lower]) {
			break // "met in Delhi and called for reform of the IMF": the IMF was not there
		}
		if k >= m.hi && (w == "and" || w == ",") && d.asksNext(k+1) {
			break // "condemned the strike and called on the US to ...": the asked are no party to the strike
		}
		if k >= m.hi && speechVerbs[w] && d.spanAt[k] == 0 {
			break // "during a stop in the region, said Spain was ...": another clause
		}
		if m.typ == graph.Meeting && k >= m.hi && d.opensOwnClause(k, m) {
			break // "met Y a day after saying Britain would ease curbs": the new clause has its own subject
		}
		if m.typ == graph.Meeting && k < m.lo && d.subclauseTrigger(k, m) {
			left = nil // "X and Y announced a deal, a day after A and B spoke by phone"
		}
		if inBetween && len(between) > 0 && d.spanAt[k] == 0 && d.toks[k].kind == tokWord && !betweenGlue[w] {
			inBetween = false
			betweenDone = true
		}
		if g := d.groupWords(k); g > 0 && (k < m.lo || k >= m.hi) && !groupBlock[d.tok(k-1).lower] && !(k < m.lo && d.insideRelative(k, m.lo)) {
			// "both sides", "the two countries", "those countries"
			if k < m.lo && m.typ == graph.Meeting && !m.verb && d.asksOthersBetween(k+g, m.lo) {
				k += g - 1
				continue
			}
			pair := d.lastPair(k)
			if k < m.lo && len(pair) > 0 {
				left = d.dropReporters(left, k) // "X said the two sides would meet": X reports, the sides meet
			}
			for _, e := range pair {
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
		if c := d.demonymCapital(sp); c != nil && sp.lo <= m.hi+14 && m.typ != graph.Ceasefire && m.typ != graph.Agreement && m.typ != graph.Proposal {
			// A truce "holding in the Libyan capital" is a state of things,
			// not where one was made.
			locs = append(locs, actor{c, sp.lo, d.capitalPrep(sp)})
			continue
		}
		if e == nil {
			if sp.ent == nil || sp.ent.typ != graph.Location {
				continue
			}
			prev := d.placePrevWord(sp.lo) // "in" for "in Peru's coca-growing Apurimac valley"
			if sp.lo >= m.lo-8 && sp.lo <= m.hi+8 ||
				sp.lo > m.hi && inPreps[prev] && (sp.lo <= m.hi+24 && (m.verb || m.typ == graph.Attack) || sp.lo <= m.hi+14 && d.plainBetween(m.hi, sp.lo)) {
				// "raided a barracks and the port in Somalia's capital Mogadishu"
				if !(unitNouns[d.tok(sp.hi).lower] && d.tok(sp.hi+1).lower == "of") && !d.namesUnitOf(sp) {
					locs = append(locs, actor{sp.ent, sp.lo, prev})
				} // "the Black Sea port of Constanta": the port is the place
			}
			continue
		}
		if d.isSpeaker(sp) && !d.announces(sp, m) && !d.toldAtMeeting(sp, m) || d.isModifierActor(sp) {
			continue
		}
		if d.tok(sp.lo-1).lower == "by" && (backVerbs[d.tok(sp.lo-2).lower] || judgingVerb(d.tok(sp.lo-2).lower)) {
			continue // "rebels backed by Rwanda", "the raid, condemned by Chile": the backer or critic is not the actor
		}
		if sp.country && (d.tok(sp.lo-1).lower == "a" || d.tok(sp.lo-1).lower == "an") && d.toks[sp.hi-1].kind == tokWord && !stateNouns[d.tok(sp.hi).lower] && !delegationNouns[d.tok(sp.hi).lower] && !d.weaponKindAt(sp.hi) && !d.proposalNounAt(sp.hi) && d.spanAt[min(sp.hi, len(d.toks)-1)] == 0 && !d.tok(sp.hi).cap && !d.brokersMention(sp, m) {
			continue // "a Belarusian jailed for spying": a person, not the state
		}
		if d.tok(sp.hi).text == "'" || d.tok(sp.hi).text == "’" {
			continue // "the released Britons' relatives": the relatives, not the state
		}
		if p := d.prevWord(sp.lo); (p == "at" || p == "in" || p == "inside") && e.typ == graph.Organization && m.typ == graph.Meeting {
			continue // "received ... at the Elysee Palace": the seat, not a party
		}
		if p := d.tok(sp.lo - 1).lower; p == "under" && (e.typ == graph.Person || sp.kind == spanName) {
			continue // "which under President Lula has resumed talks": when, not who
		}
		if sp.country && placeHeads[d.tok(sp.hi).lower] {
			continue // "the Congolese city of Bukavu"
		}
		if d.tok(sp.hi).text == "-" && !d.tok(sp.hi).space && compoundHeads[d.tok(sp.hi+1).lower] &&
			!(m.typ == graph.Attack && d.tok(sp.hi+1).lower == "led" && forceWords[d.tok(sp.hi+2).lower] || m.typ == graph.Attack && d.tok(sp.hi+1).lower == "led" && (d.tok(sp.hi+2).lower == "militants" || d.tok(sp.hi+2).lower == "fighters" || d.tok(sp.hi+2).lower == "gunmen" || d.tok(sp.hi+2).lower == "rebels")) &&
			!d.brokersMention(sp, m) {
			continue // "a Rwanda-led force", "Iran-backed rebels": a modifier, not a party; "ISIS-led fighters attacked" is ISIS's attack
		}
		if d.suspendedCompound(sp) {
			continue // "the UK- and France-backed mission": a modifier, not a party
		}
		if d.tok(sp.hi).lower == "'s" && (sp.hi+1 < m.lo && !d.modifies(sp.hi+1, m.lo) || sp.lo >= m.hi) && !d.trigAt[sp.hi+1] &&
			!(decisionNouns[d.tok(sp.hi+1).lower] && d.tok(sp.hi+2).lower == "to") && !(m.verb && d.delegatesBetween(sp.hi+1, m.lo)) && !d.unnamedEnvoyOf(sp, m) {
			continue // "Wang's remarks came after a meeting": not a party to it; "Ottawa's decision to cut quotas" is
		}
		if e.typ == graph.Country && d.tok(sp.lo-1).text == "," {
			if p, ok := d.spanEntity(sp.lo - 2); ok && p.ent != nil && p.ent.typ == graph.Location {
				continue // "Geneva, Switzerland": where, not who
			}
		}
		if d.namesNextGathering(sp, m) {
			continue // "met Xi at the G20 summit": the G20's summit
		}
		a := actor{e, sp.lo, d.prevWord(sp.lo)}
		if d.visitedState(m, sp, e) {
			locs = append(locs, actor{e, sp.lo, "visit"})
			continue
		}
		if sp.lo < m.lo && d.insideRelative(sp.lo, m.lo) {
			continue // "Turkey, which has often shelled Iraqi villages, struck": not Iraq
		}
		if e.typ == graph.Country && (a.prev == "in" || a.prev == "across" || m.typ == graph.Protest && crowdPaths[a.prev] || d.disasterHits(m, a.prev)) && m.typ != graph.Attack {
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
			if !m.verb && m.typ == graph.Meeting && !d.modifies(sp.hi, m.lo) && !d.meetVerbBetween(sp.hi, m.lo) && !d.duringBefore(m.lo) && !d.askedToMeet(sp, m) && !d.paysVisit(sp, m) {
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
			if m.typ == graph.Sanction && !(a.prev == "on" || a.prev == "against" || d.goodsAfter(sp) || a.prev == "from" && d.importBefore(sp.lo) || a.prev == "targeting" || sp.lo <= m.hi+1 ||
				a.prev == "to" && sanctionKind(m.noun) == "export" || (a.prev == "including" || a.prev == "of" || a.prev == "and" || a.prev == ",") && len(right) > 0) {
				continue
			}
			right = append(right, a)
		}
	}
	// Place: a location after "in", "at", "on", or right before the trigger
	// ("Kharkiv strike"); the first such wins.
	placeBefore := m.typ == graph.Meeting || m.typ == graph.Attack || m.typ == graph.Protest || m.typ == graph.Statement || m.typ == graph.Election
	after := d.placeAfterNoun(m, locs)
	for _, l := range locs {
		if d.inTopic(m, l.pos) || after != nil && l.pos < m.lo {
			continue // "an agreement on water in the Syr Darya basin"
		}
		if l.pos < m.lo && d.orgSeat(l.pos) {
			continue // "the embassy in Lima said": where the body sits
		}
		if l.pos < m.lo && l.pos < m.lo-2 && (!placeBefore || l.prev != "in" && l.prev != "at" && l.prev != "along" && !(m.typ == graph.Protest && (crowdPaths[l.prev] || l.prev == "outside"))) && !d.travelledTo(l.pos, m) {
			continue
		}
		if m.typ == graph.Sanction && l.prev != "in" {
			continue // "a surcharge on power exported to Michigan": not where
		}
		switch l.prev {
		case "in", "at", "on", "near", "off", "outside", "across", "over", "of", "to", "into", "along", "around", "visit", "visited", "visiting", "visits", "from", "hit", "struck", "bombed", "shelled", "through":
			if m.loc == nil || m.loc.typ == graph.Country && l.ent.typ == graph.Location {
				m.loc = l.ent // a city over a country: "parties in Yemen will meet in Muscat"
				if q := d.ownedQuarter(l.pos); q != nil && m.typ == graph.Protest {
					m.loc = q // "rallied in Lisbon's Commerce Square"
				}
			}
		}
		if l.pos < m.lo && m.loc == nil {
			m.loc = l.ent
		}
		if m.typ == graph.Attack && m.verb && l.pos > m.lo && l.pos <= m.hi+2 && m.loc == nil {
			m.loc = l.ent // "rebels seized Damascus"
		}
	}
	if m.loc == nil && m.typ == graph.Attack && m.verb {
		// "rebels attacked eastern Chad": the state struck is where, not
		// the one "rockets fired from Cambodia" came from.
		for _, a := range right {
			if a.ent.typ == graph.Country && a.pos <= m.hi+3 && d.prevAt(a.pos) <= m.hi && !d.namesVictims(a.pos) && !d.inFiredFrom(m, a.pos) {
				m.loc = a.ent
				break
			}
		}
	}
	if m.loc == nil {
		m.loc = d.visitHost(m, right)
	}
	if m.loc == nil {
		// "in eastern Ituri, where a truce broke down"
		if w := d.whereBefore(m); w != nil {
			m.loc = w
		}
	}
	if m.verb && m.typ != graph.Statement {
		// "the government has recalled its ambassador": the state the article
		// is about acts.
		k := m.lo - 1
		for k > 0 && auxWords[d.tok(k).lower] {
			k--
		}
		if w := d.tok(k).lower; (w == "government" || w == "authorities") && d.tok(k-1).lower == "the" && d.spanAt[k] == 0 {
			if c := d.mainCountry(m.lo); c != nil {
				m.parts = appendUnique(m.parts, c)
				if m.typ == graph.Attack || m.typ == graph.Sanction {
					if m.perp == nil {
						m.perp = c
					}
				}
			}
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
		// "a truce in Sudan", "raids on Syrian positions": a
		// country after a place preposition is the place.
		for _, a := range right {
			if a.ent.typ == graph.Country && (a.prev == "in" || (m.typ == graph.Attack && (a.prev == "on" || a.prev == "against"))) && !d.inFiredFrom(m, a.pos) {
				m.loc = a.ent
				break
			}
		}
	}
	if m.loc == nil && m.typ == graph.Attack {
		m.loc = d.struckState(m)
	}
	if p := d.possessor(m); p != nil && m.typ != graph.Attack && m.typ != graph.Sanction {
		// "his visit", "its war against Ukraine": the owner takes part.
		m.parts = appendUnique(m.parts, p)
	}
	switch m.typ {
	case graph.Attack:
		d.attackArgs(m, left, right, between)
	case graph.Sanction:
		if m.perp == nil && d.imposedAfter(m) && len(left) > 0 {
			// "unless Ottawa drops the quotas it placed": the one the
			// pronoun stands for, the nearest actor before.
			m.perp = left[len(left)-1].ent
			m.parts = appendUnique(m.parts, m.perp)
			left = nil
		}
		if m.perp == nil && !m.verb {
			if p := d.owner(m); p != nil {
				m.perp = p // "Trump's 25% levies"
				m.parts = appendUnique(m.parts, p)
				left = nil
			}
		}
		for len(left) > 0 && !m.verb && !d.imposes(left[len(left)-1], m) {
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
			// People are sanctioned by name ("sanctioned Dodik", "sanctions
			// on six executives"), not by a trailing "Trump said".
			if a.ent != m.perp && (a.ent.typ != graph.Person || m.verb && a.pos <= m.hi+1 || a.prev == "on" || a.prev == "against") {
				m.targets = append(m.targets, a.ent)
				m.parts = append(m.parts, a.ent)
			}
		}
	case graph.Election, graph.Protest:
		for _, a := range append(left, right...) {
			if a.ent.typ == graph.Country && m.loc == nil && d.spanAt[a.pos] != 0 && (a.prev == "in" && !(a.pos < m.lo && d.orgSeat(a.pos)) || d.tok(d.spans[d.spanAt[a.pos]-1].hi).lower == "'s" || a.pos < m.lo && d.modifies(d.spans[d.spanAt[a.pos]-1].hi, m.lo) ||
				m.typ == graph.Election && a.pos < m.lo && d.holdsVote(d.spans[d.spanAt[a.pos]-1].hi, m.lo)) {
				m.loc = a.ent
				continue
			}
			if m.typ == graph.Election && (a.ent.typ == graph.Person && !m.verb && !d.reactsAt(a.pos) || a.ent.kind == "party" || d.wonNear(a.pos)) {
				m.parts = appendUnique(m.parts, a.ent) // candidates and the parties that ran
			}
		}
		if m.typ == graph.Protest {
			d.protestArgs(m)
		}
		if m.typ == graph.Election {
			d.nationalVotePlace(m)
			d.homeVotePlace(m)
		}
		if m.typ == graph.Election && !m.verb && m.mod == graph.Asserted {
			for k := s.lo; k < s.hi; k++ {
				if sp, e := d.actorAt(k); e != nil && e.typ == graph.Person && !d.isSpeaker(sp) && !hasEntity(m.parts, e) && !d.reactsTo(sp) {
					m.parts = append(m.parts, e)
				}
			}
		}
	case graph.Statement:
		if d.tok(m.lo-1).lower == "by" || d.tok(m.hi).lower == "by" {
			// "a report by WHO Director-General Tedros Adhanom Ghebreyesus"
			for _, a := range right {
				if a.prev == "by" || a.pos <= m.hi+4 {
					m.parts = appendUnique(m.parts, a.ent)
					break
				}
			}
		}
		if a := d.issuer(m, right); a != nil {
			// "according to a readout issued by the foreign ministry": the
			// issuer speaks, not whoever the readout quotes.
			m.parts = appendUnique(m.parts, a)
			break
		}
		if a := d.addressee(m); a != nil {
			m.parts = appendUnique(m.parts, a) // "a letter to the prime minister"
		}
		if opens := d.openingStatement(m); len(opens) > 0 {
			// "In a joint statement, the army and the Interior Ministry
			// condemned ...": the subject after the comma.
			for _, e := range opens {
				m.parts = appendUnique(m.parts, e)
			}
			break
		}
		spk := d.speakerOf(m.sent)
		if spk == nil {
			spk = d.subjectBefore(m.lo, m.sent)
		}
		m.parts = appendUnique(m.parts, spk)
	default:
		if m.typ == graph.Meeting && len(between) >= 2 {
			left, right = d.brokersBefore(m, left), nil
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
				if a.prev == "with" || a.prev == "against" || a.prev == "for" && a.pos <= m.hi+2 && d.lendingMention(m) || m.typ == graph.OtherEvent && (a.prev == "around" || a.prev == "near" || a.prev == "off" || a.prev == "by" || a.prev == "from" || a.prev == "to" || a.prev == "and" || a.prev == ",") ||
					brokered && (a.prev == "by" || a.prev == "," || a.prev == "and" || a.prev == "the") {
					kept = append(kept, a) // "the truce, brokered by Oman, Kenya and the African Union"
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
		for _, e := range d.truceOfferers(m) {
			m.parts = appendUnique(m.parts, e)
		}
		for _, b := range d.gatheringBodies(m) {
			m.parts = appendUnique(m.parts, b)
		}
		if m.typ == graph.Meeting {
			d.meetingPairs(m, left, right, between)
			d.addTeller(m)
		}
	}
	d.summonedEnvoy(m)
	_ = s
}
