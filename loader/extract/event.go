package extract

import "github.com/geokg/geokg/graph"

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
	allies  []*entity // who struck beside perp: "Israeli and US strikes"
	pairs   [][2]*entity
	// qualifier is the name or year written before the trigger: "1978
	// Camp David" in "the 1978 Camp David accords".
	qualifier string
	// offeredBy are who put forward the proposal the mention was named in.
	offeredBy []*entity
	killed    *graph.Count
	injured   *graph.Count
	ev        *event
	// separate is set on each meeting of "separate talks with A and B".
	separate bool
	// occasion holds one more than how many parts the mention had, and how
	// many pairs, before the subject of its sentence joined it ("X told
	// reporters after the talks"); zero when none did.
	occasion [2]int
	// body is the council or board that voted on the resolution named.
	body *entity
	// issuedAt is the meeting a joint statement came out of.
	issuedAt *eventMention
	// subject is set on an inquiry asked for into a named thing: "an
	// inquiry into the deaths" is worth a node with no party named.
	subject bool
}

// bare reports whether the mention names no argument of its own: "the
// attack", "these talks". Such mentions corefer with the latest event of
// their type.
func (m *eventMention) bare() bool {
	return m.loc == nil && m.perp == nil && len(m.parts) == 0 && len(m.targets) == 0
}

// priorMention returns the latest mention ending by k that take accepts,
// looking back through d.evs no further than the first mention told before
// sentence low; nil when none.
func (d *doc) priorMention(k, low int, take func(m *eventMention) bool) *eventMention {
	for i := len(d.evs) - 1; i >= 0; i-- {
		m := d.evs[i]
		if m.sent < low {
			return nil
		}
		if m.hi <= k && take(m) {
			return m
		}
	}
	return nil
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

// modalInfinitive reports whether the trigger at lo is a bare verb after
// "to", or an attack verb after a modal, either maybe past "again" or
// "also": "to strike", "Israel would strike Iran", "would also strike".
// "would offer" stays a noun's reading: an offer told, not made.
func (d *doc) modalInfinitive(lo int, typ graph.EventType) bool {
	if !infinitives[d.toks[lo].lower] {
		return false
	}
	w := d.tok(lo - 1).lower
	if w == "again" || w == "also" {
		w = d.tok(lo - 2).lower
	}
	return w == "to" || typ == graph.Attack && threatModals[w] || modalVerbs[w] && d.toks[lo].lower == "visit" && lo+1 < len(d.spanAt) && d.spanAt[lo+1] != 0
}

// modalVerbs stand before a bare verb.
var modalVerbs = setOf("will", "would", "could", "can", "may", "might", "should", "shall", "must", "cannot", "'ll")

// infinitives are trigger nouns that are verbs after "to": "due to visit
// Islamabad", "agreed to talk". "visit" is a verb after a modal too when a
// name follows: "Erdogan could visit Cairo", not "observers would visit
// the site".
var infinitives = setOf("visit", "talk", "meet", "call", "strike", "attack", "offer", "plan", "vote", "raid", "protest")

// nonEventHeads after a trigger noun make it a modifier of something else.
var nonEventHeads = setOf("line", "lines", "mediators", "negotiators", "monitors", "envoy", "team", "teams",
	"delegation", "delegations", "officials", "terms", "zone", "zones", "secretary", "minister", "ministry",
	"monitoring", "committee", "committees", "commission", "commissioner", "commissioners", "board", "tribunal",
	"authority", "spokesman", "spokeswoman", "spokesperson", "mechanism", "village",
	"rifle", "rifles", "helicopter", "helicopters", "aircraft") // "assault rifles", "attack helicopters": weapons

// weakTriggers need context to name an event.
var releaseVerbs = verbSet("release", "publish", "announce", "issue", "unveil")

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
			if h := d.attackHalt(lo, typ); h >= 0 {
				if n := len(cands); n > 0 && cands[n-1].lo == h {
					cands = cands[:n-1] // "halt" read alone: the halt of the attacks is the event
				}
				cands = append(cands, cand{h, hi, graph.Ceasefire, true}) // "offered to halt its strikes"
				d.trigAt[h] = true
				continue
			}
			if !d.triggerFits(lo, hi, typ, tr.verb) {
				continue
			}
			if mutualTriggers[d.joinLower(lo, hi)] && (d.protestIn(s) || d.clashesAfterProtest(lo, hi)) {
				typ = graph.Protest // "rallies turned into clashes with riot police"
			}
			if typ == graph.Protest && d.prisonRiot(lo, hi) {
				typ = graph.Attack // "a riot at the central prison": inmates fighting, not a demonstration
			}
			if d.toks[lo].lower == "voted" && d.legislatureBefore(lo) {
				typ = graph.Election // "lawmakers voted to block the decree": a vote of the house
			}
			typ = d.actionType(lo, hi, typ, tr.verb)
			if typ == graph.Protest && d.rallySpeech(lo, hi) {
				typ = graph.Statement // "speaking at a rally in Recife, the governor said"
			}
			if typ == graph.Attack && (d.labourStrike(lo, hi) || d.strikeBefore(lo, hi) || d.shutdownStrike(lo, hi)) {
				typ = graph.Protest // "dock workers who staged a 24-hour strike"
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
		start := len(d.evs)
		for ; ci < len(cands) && cands[ci].lo < s.hi; ci++ {
			c := cands[ci]
			verb := c.verb || d.modalInfinitive(c.lo, c.typ) || d.gerund(c.lo, c.hi)
			m := &eventMention{lo: c.lo, hi: c.hi, sent: si, typ: c.typ, verb: verb, noun: d.spanText(c.lo, c.hi)}
			if m.typ == graph.Attack && d.testLaunch(c.lo, c.hi) {
				m.typ = graph.OtherEvent // "fired missiles into the sea": a test, not an attack
			}
			m.mod = d.modalityAt(c.lo)
			if d.proposedTalks(m) || d.dialogueOffer(m) {
				// "proposed resuming negotiations": the proposal is the event
			} else if m.mod == graph.Asserted && d.offeredMeeting(m) {
				m.mod = graph.Possible // "offered to host talks": not held yet
			}
			if d.doneAfter(c.hi) {
				m.mod = graph.Asserted // "drops the quotas it placed": placed already
			}
			m.qualifier = d.qualifierOf(c.lo)
			d.pastNamed(m)
			d.fillArgs(m)
			d.actionArgs(m)
			d.sanctionActArgs(m)
			d.askedListing(m)
			d.speakerImposes(m)
			d.custodyArgs(m)
			d.stateActArgs(m)
			d.probeArgs(m)
			d.airspaceArgs(m)
			d.deployArgs(m)
			d.emergencyArgs(m)
			d.deportArgs(m)
			d.banArgs(m)
			d.visaFreeArgs(m)
			d.actArgs(m)
			d.haltConditionArgs(m)
			d.powerArgs(m)
			d.coupArgs(m)
			d.speakerMeetings(m)
			trip := d.tripHeadBefore(m)
			pron := d.meetingPronoun(m, trip)
			d.tripTalks(m, trip, pron)
			d.meetGroupSubject(m)
			d.occasionSubjects(m)
			d.hostPlace(m)
			d.herePlace(m)
			d.judgedPlace(m)
			d.meetingTopic(m)
			d.summitDeclaration(m)
			d.jointStatementParties(m)
			d.qualifierPlace(m)
			d.draftTabled(m)
			d.resolutionBody(m)
			d.proposalAuthor(m)
			d.proposedBy(m)
			d.proposedThing(m)
			d.planInfinitive(m)
			d.offeredDeal(m)
			d.signedAtTalks(m)
			d.calledVoteArgs(m)
			d.ruledOutArgs(m)
			if d.dropMention(m) {
				continue
			}
			d.evs = append(d.evs, m)
			d.evs = append(d.evs, d.separateMeetings(m)...)
			d.evs = append(d.evs, d.adoptedText(m)...)
			d.evs = append(d.evs, d.vetoedText(m)...)
		}
		d.addConditionMention(si, start)
		d.addRefusalMentions(si, start)
		d.addPledgeMention(si, start)
		d.addTripMentions(si, start)
		d.addOrderedDeployments(si, start)
		d.addPlatformPost(si, start)
		d.addAudienceRemarks(si, start)
		d.addCountAnnouncement(si, start)
		d.addReception(si, start)
	}
	d.duringVisitPlaces()
	d.proposalsFor()
	d.talksTopics()
	d.attackScenes()
	d.indexMentions()
	d.findAgreements()
	d.ownedDates()
	d.assignDates()
	d.sharedSentenceDates()
	d.sidelineMeetings()
	d.sidelineDates()
	d.talksClauseDates()
	d.attackerSentences()
	d.inheritDates()
	d.sameDayDates()
	d.ledeFollowers()
	d.ledeClockDates()
	d.bareDates()
	d.speechOccasions()
	d.ledeStatements()
	d.attachCounts()
	d.repeatedEvents()
	d.undateWars()
}

// dropMention discards mentions that carry nothing an analyst would want as
// a node: a war with no party named, a plan of no one.
func (d *doc) dropMention(m *eventMention) bool {
	if d.seriesMention(m) {
		return true
	}
	switch m.typ {
	case graph.OtherEvent:
		if m.body != nil {
			return false // a council's vote: the council is its party
		}
		// A war or a withdrawal is worth a node when its sides are named;
		// a coup, a missile test or an expulsion by one actor already is.
		if w := d.toks[m.lo].lower; specificOther[w] || actionOthers[w] || custodyOthers[w] || actOthers[w] || stateActWords[w] || probeNouns[w] || deployVerbs[w] || d.toks[m.hi-1].lower == "mourning" {
			return len(m.parts) == 0 && m.loc == nil && !m.subject
		}
		if len(m.parts) == 1 && (d.tok(m.lo-1).lower == "'s" || d.tok(m.lo-1).lower == "its") && (m.noun == "war" || m.noun == "conflict") {
			// "Yemen's war", "to fund its war": one side named, the war
			// is still a specific one.
			if d.tok(m.lo-1).lower == "'s" && m.loc == nil && m.parts[0].typ == graph.Country {
				m.loc = m.parts[0]
			}
			return false
		}
		return len(m.parts) < 2 && !d.keepWar(m) && !d.ruledOutAct(m)
	case graph.Statement:
		return d.asideConference(m) || d.sourcedStatement(m) || d.callReadout(m)
	case graph.Proposal:
		// "a proposal for a truce" waits to be folded into the truce.
		return len(m.parts) == 0 && m.mod == graph.Asserted && d.tok(m.hi).lower != "for" && d.tok(m.hi).lower != "of" && !d.quotedOffer(m)
	}
	return false
}

// headingEvents reads a headline or cross-heading: an attack named with its
// place and perpetrator ("Israel's Rafah Raid Condemned") corefers with the
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

// specificOther are "Other" triggers that name one happening even with a
// single actor, an expulsion among them.
var specificOther = withVerbs(setPlus(expelWords, "coup", "coups", "plot", "putsch", "state", "martial", "verdict",
	"ruling", "test", "tests", "launch", "launches", "annexation", "recognition", "inauguration", "blockade", "joint", "air",
	"naval", "cut", "cuts", "resolution", "collapse", "earthquake", "quake", "landslide", "landslides", "floods", "flooding",
	"derailment", "stampede", "crash", "sinking", "resignation", "control", "fall", "downfall", "ouster", "overthrow",
	"takeover", "arrest", "warrant", "extradition", "curfew", "curfews", "approval"),
	expelVerb, "summon", "sentence", "test", "test-fire", "launch", "fire", "vote", "recognise", "recognize", "swear", "halt",
	"suspend", "cut", "collapse", "derail", "crash", "capsize", "resign", "step", "sever", "break", "restore", "detain",
	"arrest", "return", "seize", "take", "come", "depose", "extradite", "deport", "ban")

// proposalNouns name a plan for something else: "a proposal for a 10-day
// truce" is the truce, proposed.
var proposalNouns = setOf("proposal", "proposals", "plan", "plans", "offer", "initiative", "roadmap", "framework", "blueprint", "draft")

// proposalsFor folds "a proposal for a truce" into the truce: it becomes
// possible, and whoever puts the proposal forward offers it.
func (d *doc) proposalsFor() {
	kept := d.evs[:0]
	for i, m := range d.evs {
		if i+1 < len(d.evs) && m.typ == graph.Proposal && proposalNouns[d.toks[m.hi-1].lower] && (d.tok(m.hi).lower == "for" || d.tok(m.hi).lower == "of" && d.evs[i+1].typ == graph.Meeting) {
			n := d.evs[i+1]
			near := n.sent == m.sent && n.lo-m.hi <= 7
			for k := m.hi + 1; k < n.lo && near; k++ {
				t := d.toks[k]
				near = determiners[t.lower] || t.kind == tokNumber || t.text == "-" || durationUnits[t.lower] || attackModifiers[t.lower] || meetingModifiers[t.lower] || objectGlue[t.lower]
			}
			if near && d.proposalOfTalks(m, n) {
				d.fold(m, n)
				continue // "Lee's proposal for military talks": a proposal, with talks its content
			}
			if near && n.typ != graph.Proposal {
				if n.mod == graph.Asserted {
					n.mod = graph.Possible
				}
				n.offeredBy = d.proposalOwners(m)
				for _, e := range n.offeredBy {
					n.parts = appendUnique(n.parts, e)
				}
				d.fold(m, n)
				continue
			}
		}
		if m.typ == graph.Proposal && len(m.parts) == 0 && m.mod == graph.Asserted {
			continue // a plan of no one
		}
		kept = append(kept, m)
	}
	d.evs = kept
}

// proposers returns who puts a proposal forward: the actors of its clause
// after the last speech verb before it ("said Spain was drafting with
// Rabat a proposal").
func (d *doc) proposers(m *eventMention) []*entity {
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k > lo; k-- {
		if speechVerbs[d.toks[k].lower] && d.spanAt[k] == 0 {
			lo = k + 1
			break
		}
	}
	var out []*entity
	for _, sp := range d.walk(lo, m.lo) {
		if e := actorOf(sp); e != nil && !d.isSpeaker(sp) && !d.isModifierActor(sp) {
			out = appendUnique(out, e)
		}
	}
	if len(out) == 0 {
		if p := d.possessor(m); p != nil {
			out = append(out, p)
		}
	}
	return out
}
