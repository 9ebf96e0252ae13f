package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// mutualTriggers name fighting with no single side: every side named is a
// perpetrator.
var mutualTriggers = setOf("exchange of fire", "exchanges of fire", "clashes", "fighting", "skirmishes", "firefight", "gunfight",
	"artillery duels", "exchanged fire", "exchanged heavy fire", "exchanged gunfire", "exchanged artillery fire",
	"exchanged heavy gunfire", "traded fire", "traded heavy fire", "traded gunfire", "clashed")

var launchVerbs = setOf("launched", "launch", "launches", "launching", "carried", "conducted", "conducts", "staged",
	"fired", "unleashed", "mounted", "began", "started", "continued", "intensified", "stepped", "resumed",
	"ordered", "committed", "claimed", "perpetrated", "strikes", "struck", "hit", "hits", "attacked", "attacks",
	"shelled", "bombed", "invaded", "targeted", "pounded", "led", "leading", "spearheaded", "waged", "kept", "keeps")

// retortVerbs launch what follows "with": "Iran responded with missile
// barrages", "Moscow has answered with waves of strikes". ("hit" launches
// on its own: it is one of launchVerbs.)
var retortVerbs = setOf("responded", "retaliated", "answered", "replied")

var attackModifiers = setOf("deadly", "massive", "missile", "missiles", "drone", "drones", "air", "rocket",
	"artillery", "military", "large-scale", "heavy", "overnight", "latest", "new", "fresh", "combined", "and",
	"retaliatory", "brutal", "devastating", "major", "cross-border", "suicide", "terrorist", "alleged",
	"deadliest", "ballistic", "cruise", "night", "the", "a", "an", "naval", "ground", "aerial", "sustained",
	"renewed", "full-scale", "year", "old", "day", "month", "week", "large", "coordinated",
	"long", "years", "decades", "months", "long-running") // "its decades-long campaign"

// attackArgs finds who attacked and what: the perpetrator modifies the
// trigger ("Russia's Kharkiv strike", "Russian missile attack"), is the subject
// of a launch verb ("India launched airstrikes") or follows "by"; targets
// follow "on" or "against", or a verb trigger directly.
func (d *doc) attackArgs(m *eventMention, left, right, between []actor) {
	if d.downedArgs(m) {
		return
	}
	if ag := d.passiveAgents(m); len(ag) > 0 {
		// "the depots that were struck by Russia and Belarus"
		m.perp, m.allies = ag[0], ag[1:]
		if hasEntity(ag, m.loc) {
			m.loc = nil // "bombed by Israel": who, not where
		}
		for _, t := range d.passiveTargets(m) {
			if !hasEntity(ag, t) {
				m.targets = appendUnique(m.targets, t)
			}
		}
	}
	// Modifier before the trigger, over adjectives and places.
	for k := m.lo - 1; !m.verb && k >= 0 && k >= m.lo-9 && d.sentOf[k] == int32(m.sent); k-- {
		t := d.toks[k]
		if d.spanAt[k] != 0 {
			sp := &d.spans[d.spanAt[k]-1]
			if sp.ent != nil && (sp.ent.typ == graph.Country || sp.ent.typ == graph.Organization) && !sp.ent.media {
				m.perp = sp.ent
				m.allies = d.modifierAllies(sp.lo)
				break
			}
			k = sp.lo
			continue
		}
		if t.lower == "'s" || attackModifiers[t.lower] || t.text == "-" || t.kind == tokNumber {
			continue
		}
		break
	}
	if m.perp == nil && !m.verb {
		m.perp = d.blamedFor(m)
	}
	if m.perp == nil {
		m.perp = d.blamedOn(m) // "a drone strike blamed on the paramilitary X"
	}
	if m.perp == nil && !m.verb {
		if p := d.possessor(m); p != nil {
			m.perp = p // "their raids on convoys"
		}
	}
	if m.perp == nil && m.verb {
		// "the group said it had launched 12 drones": "it" is the speaker
		// the sentence quotes, but "they" after gunmen are the gunmen.
		k := m.lo - 1
		for k > 0 && auxWords[d.toks[k].lower] {
			k--
		}
		if w := d.tok(k).lower; w == "it" || w == "they" {
			if spk := d.speakerOf(m.sent); spk != nil && spk.typ != graph.Person && !(w == "they" && d.armedAntecedent(k)) {
				m.perp = spk
			}
		} else if o := d.ownForces(k, m.sent); o != nil {
			d.struckThrough(m, o) // "the ministry said its forces had struck"
		}
	}
	if m.perp == nil && !m.verb {
		m.perp = d.speakerLaunched(m)
	}
	if t := d.ownerTarget(m); t != nil && t != m.perp && !hasEntity(m.allies, t) {
		m.targets = appendUnique(m.targets, t) // "strikes on Iran's nuclear sites"
	}
	if m.perp == nil {
		m.perp = d.killerSubject(m) // "Rebels from the X killed 38 people in an attack"
	}
	if m.perp == nil && len(left) > 0 {
		a := left[len(left)-1]
		launched := m.verb
		for k := a.pos + 1; k < m.lo && !launched; k++ {
			launched = launchVerbs[d.toks[k].lower] || retortVerbs[d.toks[k].lower] && d.tok(k+1).lower == "with"
		}
		if m.verb && d.unnamedSubject(m.lo) && !d.directSubject(a.pos, m.lo) && !d.leadsSubject(a.pos, m.lo) {
			// "security forces freed hostages after separatist militants
			// hijacked a train": the militants struck, not the forces.
			launched = false
		}
		if killedWords[d.toks[m.lo].lower] && !d.directSubject(a.pos, m.lo) {
			// "the war ... that has killed 46,000": who killed is not the
			// last actor named before.
			launched = false
		}
		if launched && d.beforeClauseBetween(a.pos, m.lo) {
			// "jets struck X on Tuesday, days after a suicide bombing
			// killed 20": the striker of the news is not the bomber.
			launched = false
		}
		if launched && (d.originOnly(a) || d.harmedVictims(a.pos)) {
			launched = false // "gunmen who crossed from X killed", "X soldiers were killed when"
		}
		if launched && !d.blowStriker(m, a.pos) {
			launched = false // "the mayor said a missile hit a school"
		}
		if launched && d.passiveTrigger(m) {
			launched = false // "the governor said the bus was struck": the one struck or the teller
		}
		if launched {
			m.perp = a.ent
			if kv := d.launchVerbAt(a.pos, m.lo); kv >= 0 {
				// "The Sinai Lions, a splinter faction of X, claimed the
				// attack": the head of the apposition, not X.
				if src := d.subjectBefore(kv, m.sent); src != nil && src != a.ent && d.leftHas(left, src) {
					m.perp = src
				}
			}
		}
	}
	for i, a := range right {
		if a.prev == "by" {
			if m.perp == nil {
				m.perp = a.ent
			}
			continue // "bombed by Israel and the United States": strikers, not targets
		}
		if hasEntity(m.allies, a.ent) {
			continue
		}
		if a.prev == "on" || a.prev == "against" || a.prev == "at" || (m.verb && a.pos == m.hi) || i == 0 && a.pos <= m.hi+1 && m.verb ||
			a.prev == "of" && a.pos <= m.hi+3 && ofTargets[headKey(m.noun)] {
			if a.ent != m.perp {
				m.targets = appendUnique(m.targets, a.ent)
			}
		}
	}
	if m.perp != nil {
		if v := d.harmSetting(m); v >= 0 {
			if g := d.memberGroup(v+1, m.lo); g != nil && g != m.perp && !hasEntity(m.allies, g) {
				m.targets = appendUnique(m.targets, g) // "troops killed 40 Boko Haram militants in an offensive"
			}
		}
		for _, g := range d.killedMembers(m) {
			if g != m.perp && !hasEntity(m.allies, g) {
				m.targets = appendUnique(m.targets, g) // "killed a senior Hezbollah commander"
			}
		}
	}
	if t := d.heldTarget(m); t != nil && t != m.perp && !hasEntity(m.allies, t) {
		m.targets = appendUnique(m.targets, t) // "attacked positions held by the X"
	}
	if t, head := d.demonymObject(m); t != nil {
		t.confirmed = true
		m.targets = appendUnique(m.targets, t) // "struck a Russian oil tanker"
		if m.loc == t && movingObjects[d.toks[head].lower] {
			m.loc = nil // the tanker was not in Russia
		}
	}
	if t := d.launchTarget(m); t != nil {
		m.targets = appendUnique(m.targets, t) // "the air force said Russia launched 90 drones"
	}
	if t := d.ownTarget(m); t != nil && t != m.perp {
		m.targets = appendUnique(m.targets, t) // "UNIFIL said troops had fired on its patrols"
	}
	if !m.verb && (d.tok(m.hi).lower == "that" || d.tok(m.hi).lower == "which") && toppleVerbs[d.tok(m.hi+1).lower] {
		// "the revolt that ousted Omar al-Bashir"
		if _, e := d.actorAt(min(m.hi+2, len(d.toks)-1)); e != nil && e != m.perp {
			m.targets = appendUnique(m.targets, e)
		}
	}
	if m.loc == nil && m.perp != nil {
		// Only a strike told with its striker: a passive aside ("after the
		// train was ambushed near the town of X") retells one placed already.
		m.loc = d.unitPlace(m)
	}
	if mutualTriggers[strings.ToLower(m.noun)] {
		d.mutualSides(m, left, right, between)
	}
	if (d.tok(m.hi).lower == "on" || d.tok(m.hi).lower == "against") && d.tok(m.hi+1).lower == "each" && d.tok(m.hi+2).lower == "other" {
		m.perps = append(m.perps, d.lastPair(m.lo)...)
	}
	if len(m.perps) >= 2 {
		m.perp = nil
		for _, p := range m.perps {
			m.parts = appendUnique(m.parts, p)
		}
	}
	m.parts = appendUnique(m.parts, m.perp)
	for _, a := range m.allies {
		m.parts = appendUnique(m.parts, a)
	}
	for _, t := range m.targets {
		m.parts = appendUnique(m.parts, t)
	}
	if m.loc != nil && m.loc.typ == graph.Country {
		m.parts = appendUnique(m.parts, m.loc)
	}
}

// toppleVerbs in "the revolt that ousted X" name the target.
var toppleVerbs = setOf("toppled", "ousted", "overthrew", "killed", "targeted", "hit", "struck", "drove", "routed", "removed", "deposed")

// ofTargets are attack nouns whose "of" names the target: "invasion of
// Ukraine", "bombardment of Gaza".
var ofTargets = setOf("invasion", "occupation", "annexation", "bomb", "shell", "blockade", "siege", "storming", "capture", "seizure")

// directSubject reports whether the actor starting at pos is the subject
// of the verb at k: only auxiliaries and force nouns stand between ("Israeli
// forces have killed").
func (d *doc) directSubject(pos, k int) bool {
	return d.onlyAfter(pos, k, func(w string) bool {
		return auxWords[w] || forceWords[w] || w == "'s" || w == "were" || w == "was" || w == "been" || w == "reportedly"
	})
}

// onlyAfter reports whether every word between the actor starting at pos
// and token k passes keep.
func (d *doc) onlyAfter(pos, k int, keep func(string) bool) bool {
	sp, ok := d.spanEntity(pos)
	if !ok {
		return false
	}
	for j := sp.hi; j < k; j++ {
		if !keep(d.toks[j].lower) {
			return false
		}
	}
	return true
}

// launchVerbAt returns the first verb of launching in (pos, end), -1 if none.
func (d *doc) launchVerbAt(pos, end int) int {
	for k := pos + 1; k < end; k++ {
		if launchVerbs[d.toks[k].lower] {
			return k
		}
	}
	return -1
}

func (d *doc) leftHas(left []actor, e *entity) bool {
	for _, a := range left {
		if a.ent == e {
			return true
		}
	}
	return false
}

// unnamedSubjects are armed people an article need not name.
var unnamedSubjects = setOf("militants", "gunmen", "rebels", "attackers", "assailants", "insurgents", "jihadists",
	"separatists", "extremists", "terrorists", "hijackers", "bandits", "kidnappers", "raiders", "men", "fighters")

// unnamedSubject reports whether such a noun is the subject of the verb at
// k: "militants hijacked", "gunmen had opened fire".
func (d *doc) unnamedSubject(k int) bool {
	return unnamedSubjects[d.tok(d.subjectWordBefore(k, 0)).lower]
}

// subjectWordBefore returns the last word of the subject of the verb at k,
// read back past auxiliaries and hedges to no further than lo: "gunmen had
// reportedly opened".
func (d *doc) subjectWordBefore(k, lo int) int {
	j := k - 1
	for j > lo && (auxWords[d.toks[j].lower] || d.toks[j].lower == "reportedly" || d.toks[j].lower == "allegedly") {
		j--
	}
	return j
}

// leadsSubject reports whether the actor at pos qualifies the unnamed
// subject of the verb at k: "Hamas-led militants attacked".
func (d *doc) leadsSubject(pos, k int) bool {
	return d.onlyAfter(pos, k, func(w string) bool {
		return w == "-" || actingHeads[w] || unnamedSubjects[w] || auxWords[w]
	})
}

// meetingPairs records who met whom: "between A and B", "A ... with B",
// "A and B held talks", "A met B".
func (d *doc) meetingPairs(m *eventMention, left, right, between []actor) {
	add := func(a, b *entity) {
		if a != nil && b != nil && a != b {
			m.pairs = append(m.pairs, [2]*entity{a, b})
		}
	}
	var with []actor
	clo, chi := d.clause(m.lo)
	seenWith := false
	for _, a := range right {
		for k := max(clo, m.hi); k < a.pos && k < chi; k++ {
			if d.toks[k].lower == "with" {
				seenWith = true
			}
		}
		if seenWith {
			with = append(with, a)
		}
	}
	if !m.verb && (gatherings[headKey(m.noun)] && len(between) < 2 && !d.withAfter(m) || d.attendBefore(m.lo)) {
		return // who attends a summit is not said to have met every other guest
	}
	if sessionNouns[d.toks[m.hi-1].lower] && len(between) < 2 {
		return // "asked the Security Council to convene an emergency session"
	}
	if d.hostOffered(m) {
		d.hostOnly(m, left)
		left = nil // "Qatar offered to host talks": a host, not a side
	}
	for _, a := range left {
		if d.spanAt[a.pos] == 0 {
			continue // a group phrase: "the two sides"
		}
		if sp := d.spans[d.spanAt[a.pos]-1]; d.tok(sp.hi).text == "-" && brokerVerbs[d.tok(sp.hi+1).lower] {
			left = nil // "Kenyan and Ethiopian-mediated talks": the mediators did not meet each other
			break
		}
	}
	switch {
	case len(between) >= 2:
		for i := range between {
			for j := i + 1; j < len(between); j++ {
				add(between[i].ent, between[j].ent)
			}
		}
	case len(with) > 0 && len(left) > 0:
		for _, a := range left {
			for _, b := range with {
				add(a.ent, b.ent)
			}
		}
		if len(left) == 2 && left[0].prev == "group" && left[1].prev == "group" {
			add(left[0].ent, left[1].ent) // "the two presidents held talks with X": all three met
		}
	case len(left) >= 2:
		for i := range left {
			for j := i + 1; j < len(left); j++ {
				add(left[i].ent, left[j].ent)
			}
		}
	case m.verb && len(left) > 0 && len(right) > 0:
		add(left[len(left)-1].ent, right[0].ent)
	}
}

// gatherings are meetings of many: their guests take part without meeting
// each other pairwise.
var gatherings = setPlus(crowdNouns, "summit", "assembly", "summits", "conferences")

// crowdNouns name gatherings of many people: "a memorial ceremony".
var crowdNouns = setOf("ceremony", "conference", "forum", "gathering", "congress")

// withAfter reports whether "with" follows a meeting noun: "a summit with
// Putin" pairs its subject with Putin.
func (d *doc) withAfter(m *eventMention) bool {
	return d.tok(m.hi).lower == "with"
}

// attendBefore reports whether an attending verb governs the noun at lo.
func (d *doc) attendBefore(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-5; k-- {
		switch d.toks[k].lower {
		case "attended", "attend", "attends", "attending", "joined", "join", "joins", "joining":
			return true
		}
	}
	return false
}

// lastPair returns the last two actors named together ("Pakistan and
// India") before token k, for "each other" and "the two countries".
func (d *doc) lastPair(k int) []*entity {
	if g := d.groupWords(k); g > 0 && peopleGroups[d.tok(k+g-1).lower] {
		if ps := d.lastPersonPair(k); ps != nil {
			return ps // "the two leaders"
		}
		if ps := d.lastMeetingPair(k); ps != nil {
			return ps // "X met Y on Monday. The two leaders signed ..."
		}
		if ps := d.lastTwoPersons(k); ps != nil {
			return ps // "X hosted Y on Monday. The two leaders ..."
		}
		return nil // people, never the states or bodies named last
	}
	states := d.stateGroupAt(k)
	// "X and Y-brokered talks between the two sides": a pair that
	// qualifies the noun before "between" is not the sides it sets apart.
	between := d.tok(k-1).lower == "between"
	var later *span
	var skipped []*entity
	for _, sp := range d.walkBack(k-300, k) {
		if sp == nil {
			continue
		}
		e := actorOf(sp)
		if e == nil || e.typ == graph.Person || states && e.typ != graph.Country {
			later = nil
			continue
		}
		if later != nil && later.ent != e && between && d.nounModifierPair(later.hi, k-1) {
			skipped = append(skipped, e, later.ent)
		} else if later != nil && later.ent != e {
			// Two names with nothing between them are one phrase ("the
			// Omani foreign ministry"), not a pair.
			glue, and := true, false
			for g := sp.hi; g < later.lo; g++ {
				if w := d.toks[g].lower; w != "and" && w != "," && w != "the" {
					glue = false
				} else if w == "and" {
					and = true // "X, Y" opens a list or an apposition, not a pair
				}
			}
			glue = glue && and
			if glue {
				// Not the tail of a longer list: "Chad, Niger, and Burkina Faso".
				// "Peru, Chile, the Netherlands and Japan" too.
				c := d.beforeThe(sp.lo - 1)
				if p, ok := d.spanEntity(c - 1); d.tok(c).text == "," && ok && p.ent != nil && p.ent.typ != graph.Location {
					later = nil
					continue
				}
				return []*entity{e, later.ent}
			}
		}
		later = sp
	}
	if d.statePairGroup(k) {
		if ps := d.recentStatePair(k); ps != nil && !hasEntity(skipped, ps[0]) && !hasEntity(skipped, ps[1]) {
			return ps
		}
		if ps := d.latestMeetingSides(k); ps != nil && d.agreeVerbAfter(k+d.groupWords(k)) && !hasEntity(skipped, ps[0]) && !hasEntity(skipped, ps[1]) {
			return ps // "X held talks with Y. The two sides agreed to ..."
		}
	}
	return d.warSides(k)
}

// peopleGroups end a phrase naming two people: "the two leaders".
var peopleGroups = setOf("leaders", "ministers", "presidents", "envoys")

// lastPersonPair returns the two people last named together before k
// ("Prime Minister X and President Y"), nil when none.
func (d *doc) lastPersonPair(k int) []*entity {
	var later *span
	for _, sp := range d.walkBack(k-300, k) {
		if sp == nil {
			continue
		}
		e := actorOf(sp)
		if e == nil || e.typ != graph.Person {
			continue
		}
		if later != nil && later.ent != e && later.sent == sp.sent && d.joinedBy(sp.hi, later.lo) {
			return []*entity{e, later.ent}
		}
		later = sp
	}
	return nil
}

// joinedBy reports whether tokens [lo, hi) join two names as a pair: an
// "and" with only titles and demonyms around it.
func (d *doc) joinedBy(lo, hi int) bool {
	and := false
	for k := lo; k < hi; k++ {
		if o := d.spanAt[k]; o != 0 {
			if sp := d.spans[o-1]; sp.kind == spanRole || sp.country {
				continue
			}
			return false
		}
		switch d.toks[k].lower {
		case "and":
			and = true
		case ",", "the", "visiting", "his", "her", "counterpart":
			// "President X and visiting Prime Minister Y", "X and his
			// Cambodian counterpart Y"
		default:
			return false
		}
	}
	return and
}

// shortName is how an event title names an entity: a person's surname.
func shortName(e *entity) string {
	if e.typ == graph.Person && len(e.toks) > 1 {
		f := strings.Fields(e.name)
		return f[len(f)-1]
	}
	return e.name
}
