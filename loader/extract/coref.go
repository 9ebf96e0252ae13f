package extract

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/graph"
)

// corefEvents merges mentions of one happening. A mention joins the latest
// event of its type when it names nothing of its own ("the attack"), or
// when their places, dates and modality agree and they share a participant
// or a place. Otherwise it starts a new event.
func (d *doc) corefEvents() {
	for i, m := range d.evs {
		var into *event
		// Coreference is local: only the latest events are candidates,
		// which also keeps long texts linear.
		fresh := d.marksNew(m)
		if d.tollToWarAfter(m, d.evs[i+1:]) {
			continue // "40,000 have been killed in the war": the war's toll
		}
		if d.pastMention(m) {
			d.pastEvent(m).add(d, m)
			continue
		}
		if d.earlierYearAct(m) {
			// "since a car bomb ... in 2018": a backdrop event of its own,
			// which takes no undated mention after it.
			e := d.newEvent(m)
			e.backdrop = true
			e.add(d, m)
			continue
		}
		if d.sinceAct(m) {
			d.newEvent(m).add(d, m)
			continue
		}
		if d.heldOnTermsAny(m) {
			d.termsEvent(m).add(d, m)
			continue
		}
		aggregate := d.aggregateToll(m)
		if !d.separateLead(m) && !aggregate {
			into = d.tollOwner(m) // "at least 60 have been killed this year" is no attack's toll
		}
		if into == nil && m.typ == graph.Attack && d.runningToll(m) {
			m.date = nil // "have died in Saudi air raids since the truce": the run, not the day's strike
			into = d.newEvent(m)
		}
		if into == nil && aggregate {
			// "the group has killed thousands over the past decade": a
			// conflict of its own where it names a place, else nothing; never
			// the toll of a strike reported before.
			if m.loc == nil {
				continue
			}
			m.date = nil // what a day names is the lede's, not the sum's
			into = d.newEvent(m)
		}
		if into == nil && m.typ == graph.Attack && d.habitual(m) {
			// "near-daily strikes", "fired on its patrols twice": a series,
			// not the strike reported before.
			into = d.recentEvent(10, func(e *event) bool {
				return e.typ == graph.Attack && d.habitual(e.mentions[0]) && d.compatible(e, m) && (len(m.targets) == 0 || sharesEntity(m.targets, e.parts))
			})
			if into == nil {
				into = d.newEvent(m)
			}
		}
		if into == nil && m.typ == graph.Attack && !m.verb && len(d.events) > 0 {
			// "two weeks of shelling and drone strikes": one fight
			// named twice.
			if e := d.events[len(d.events)-1]; e.typ == graph.Attack && d.coordinated(e.last(), m) {
				into = e
			}
		}
		if into == nil && m.typ == graph.Attack && m.verb && killedWords[d.toks[m.lo].lower] && (m.killed == nil || m.killed.Vague) && m.loc == nil {
			continue // "violence that has killed thousands": no happening of its own
		}
		if into == nil && m.typ == graph.Attack && m.perp == nil && fightingWords[strings.ToLower(m.noun)] {
			// "the war erupted when tensions exploded into fighting": the
			// fighting is the war's, not a strike of its own.
			if e := d.recentEvent(3, func(e *event) bool {
				return e.war() && containsInt(e.sents, m.sent) && (len(m.parts) == 0 || len(e.parts) == 0 || sharesEntity(m.parts, e.parts))
			}); e != nil {
				into = e
				m.typ = e.typ
			}
		}
		if into == nil && m.typ == graph.Attack && len(m.parts) == 0 && fightingWords[strings.ToLower(m.noun)] {
			// "after four days of clashes ... Fighting broke out on Monday
			// near X": when the fight reported began, and where.
			if e := d.recentEvent(4, isAttack); e != nil && e.mutual() && e.last().sent >= m.sent-6 && datesMeet(m, e) && sameMood(m.mod, e.mod) {
				into = e
			}
		}
		if m.typ == graph.OtherEvent && (strings.EqualFold(m.noun, "war") || strings.EqualFold(m.noun, "conflict")) {
			// "Russia's invasion ... stop its war against Ukraine": the war
			// is the invasion already reported.
			if e := d.recentEvent(10, func(e *event) bool {
				return e.typ == graph.Attack && e.perp != nil && hasEntity(m.parts, e.perp) && !e.mentions[0].verb && e.killed == nil
			}); e != nil {
				into = e
				m.typ = e.typ
			}
		}
		if into == nil && m.typ == graph.Attack && m.perp != nil && !fresh {
			// "the army said it had struck extremists": who carried out the
			// strike the article opened with.
			// Only the latest attack.
			if e := d.recentEvent(6, func(e *event) bool { return isAttack(e) && !d.answers(e, m) }); e != nil && (m.loc == nil || e.loc != nil && placedAt(e, m.loc)) && datesMeet(m, e) &&
				(e.perp == nil || d.samePerp(e.perp, m.perp)) && e.last().sent >= m.sent-8 && !d.spanOfTime(m) && !d.spanOfTime(e.mentions[0]) && !moodsApart(e.mod, m.mod) {
				// "the military said it had conducted a strike" after
				// "an Israeli airstrike": the state's own force owns it.
				into = e
				if e.perp == nil {
					e.perp = m.perp
				}
			}
		}
		if into == nil && m.typ == graph.Protest {
			// An article follows one wave of protest from city to city.
			into = d.recentEvent(10, func(e *event) bool {
				return e.typ == graph.Protest && datesMeet(m, e) && sameMood(m.mod, e.mod) && sameProtestKind(m, e) && !d.yearsClash(e, m)
			})
		}
		if into == nil && d.signedApart(m) {
			into = d.newEvent(m)
		}
		if (m.typ == graph.Agreement || m.typ == graph.Proposal) && m.loc == nil && m.date == nil && d.definite(m) {
			// "committed to the deal" after "a ceasefire agreement", "has
			// rejected the proposal" after "a proposal for a truce": the
			// latest agreement, truce or plan.
			if e := d.recentEvent(10, func(e *event) bool {
				if m.typ == graph.Agreement && d.pledgeOnly(e) {
					return false // "the deal" is no firm's pledge to invest told beside it
				}
				return e.typ == graph.Ceasefire || e.typ == graph.Agreement || e.typ == graph.Proposal
			}); e != nil {
				into = e
				m.typ = e.typ
			}
		}
		if into == nil {
			into = d.alsoElsewhere(m)
		}
		if into == nil {
			into = d.occasionOf(m)
		}
		if into == nil {
			into = d.participleOf(m)
		}
		if into == nil && !fresh {
			into = d.sameTargetAttack(m)
		}
		if into == nil && !fresh {
			into = d.sameCoup(m)
		}
		if into == nil {
			into = d.joinedMeeting(m)
		}
		if into == nil && d.definite(m) && !fresh {
			// "the attack", "the strikes", "the talks": the latest event of
			// the kind named with the same word, else the latest of the
			// kind, unless what the mention says of itself conflicts.
			into = d.antecedent(m, true)
			if into == nil {
				into = d.antecedent(m, false)
			}
			if into != nil && d.yearsClash(into, m) {
				into = nil
			}
		}
		if into == nil && d.definite(m) && !fresh {
			into = d.reportedAntecedent(m) // "announced the truce late on Monday"
		}
		for k := len(d.events) - 1; into == nil && k >= 0 && k >= len(d.events)-40; k-- {
			e := d.events[k]
			if e.typ != m.typ || d.spanOfTime(m) != d.spanOfTime(e.mentions[0]) || e.typ == graph.Protest && !sameProtestKind(m, e) || d.yearsClash(e, m) || d.votesApart(e, m) || d.conditionApart(e, m) {
				continue
			}
			if fresh && e.last().sent != m.sent {
				break // "also held talks", "a new round": another event than before
			}
			if e.typ == graph.Agreement && d.tok(m.lo-1).lower == "the" && m.loc == nil && m.date == nil {
				into = e // "The deal, signed by ...": the agreement just reported
				break
			}
			if e.typ == graph.Statement && !strings.EqualFold(m.noun, e.mentions[0].noun) && !(m.date != nil && e.date != nil && m.date.date.Start == e.date.Start) {
				continue
			}
			if (m.bare() || d.anaphoric(m)) && (sameMood(m.mod, e.mod) || m.mod == graph.Asserted && !heldIntoPlanned(e, m) || m.mod == graph.Denied || m.typ == graph.Attack && !(m.verb && moodsApart(m.mod, e.mod))) && datesMeet(m, e) {
				into = e
				break
			}
			if len(m.parts) == 0 && m.typ != graph.Statement && d.sameKind(e, m) && (m.loc == nil || e.loc != nil && placedAt(e, m.loc) || e.loc == nil && m.typ != graph.Attack) &&
				datesMeet(m, e) && (sameMood(m.mod, e.mod) || m.typ != graph.Meeting && (m.mod != graph.Possible && !(m.verb && m.mod == graph.Conditional) || d.definite(m))) &&
				!d.otherAttacker(e, m) {
				// "The envoys met again in Muscat": no party of its own, so
				// the latest event of its kind.
				into = e
				break
			}
			if d.compatible(e, m) {
				into = e
				break
			}
		}
		if into != nil && (timesApart(m, into) || into.backdrop && m.date == nil) {
			// "a bombing in December 2024" beside Thursday's bombing: a
			// backdrop event of its own time, which takes no undated
			// mention after it; a mention of today's event goes back to the
			// latest one its time allows.
			into = d.recentEvent(10, func(e *event) bool {
				return e.typ == m.typ && e.date != nil && !e.backdrop && !timesApart(m, e) && sameMood(m.mod, e.mod) &&
					(m.bare() || d.anaphoric(m) || d.definite(m) || m.date != nil && m.date.date.Precision == graph.Day && m.date.date.Start == e.date.Start)
			})
			if into == nil && m.date != nil && !m.date.bound {
				into = d.newEvent(m)
				into.backdrop = true
			}
		}
		if into == nil || d.namedPast(into) {
			// A past event named by its year takes no later mention: "those
			// killed" after "the 2024 storming" are the day's dead.
			d.occasionAlone(m)
			into = d.newEvent(m)
		}
		into.add(d, m)
	}
	d.headlineJoins()
	d.proposedMeetings()
	d.plannedMeetings()
	for _, e := range d.events {
		sort.Ints(e.sents)
	}
}

// newEvent starts an event of m's type and modality, for m to join.
func (d *doc) newEvent(m *eventMention) *event {
	e := &event{typ: m.typ, mod: m.mod}
	d.events = append(d.events, e)
	return e
}

// antecedent returns the event a definite mention points back to: the
// latest compatible one of its type within six sentences, when sameWord
// only one that some mention names with the same word.
func (d *doc) antecedent(m *eventMention, sameWord bool) *event {
	key := headKey(m.noun)
	if m.loc != nil {
		// "denounced the shelling of Mosul": the one that struck there,
		// even when another came between.
		if e := d.recentEvent(10, func(e *event) bool {
			return e.typ == m.typ && e.loc != nil && placedAt(e, m.loc) && !d.conflicts(e, m) && !d.votesApart(e, m)
		}); e != nil {
			return e
		}
	}
	for k := len(d.events) - 1; k >= 0 && k >= len(d.events)-10; k-- {
		e := d.events[k]
		if e.typ != m.typ || e.last().sent < m.sent-d.reachBack(m, sameWord) || !d.sameKind(e, m) {
			continue
		}
		if e.mentions[0].separate && len(m.parts) > 0 && !subset(m.parts, e.parts) {
			continue // "separate talks with A and B ... the meeting with A": A's
		}
		if d.answers(e, m) {
			continue
		}
		if sameWord {
			same := false
			for _, o := range e.mentions {
				same = same || headKey(o.noun) == key
			}
			if !same {
				continue
			}
		}
		if d.conflicts(e, m) {
			if sameWord {
				continue
			}
			return nil
		}
		return e
	}
	return nil
}

// headKey reduces a trigger to its head word's stem, so "the strikes"
// finds "struck" and "strike", "the talks" finds "talked".
func headKey(noun string) string {
	w := strings.ToLower(noun)
	if i := strings.LastIndexAny(w, " -"); i >= 0 {
		w = w[i+1:]
	}
	if k, ok := irregularStems[w]; ok {
		return k
	}
	for _, suf := range []string{"ings", "ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var irregularStems = map[string]string{"struck": "strik", "strike": "strik", "strikes": "strik", "airstrike": "strik",
	"airstrikes": "strik", "met": "meet", "meeting": "meet", "meetings": "meet", "talks": "talk", "talked": "talk",
	"negotiations": "talk", "negotiation": "talk",
	"fired": "fir", "fire": "fir", "shot": "shoot", "shooting": "shoot", "bombing": "bomb", "bombed": "bomb",
	"bombardment": "bomb", "shelling": "shell", "shelled": "shell", "attacked": "attack", "attacks": "attack",
	"invaded": "invasion", "invasion": "invasion", "protested": "protest", "protests": "protest",
	"protesters": "protest", "demonstrators": "demonstration", "demonstrations": "demonstration"}

// definite reports whether a trigger noun points back: "the attack", "the
// strikes", "this deal".
// judgements qualify an event already reported: "the despicable attack".
var judgements = setOf("cowardly", "heinous", "barbaric", "horrific", "dastardly", "senseless", "brazen", "shocking",
	"tragic", "terrible", "horrendous", "despicable", "appalling", "unprovoked", "vile", "gruesome", "recent")

func (d *doc) definite(m *eventMention) bool {
	k := m.lo - 1
	for n := 0; n < 5 && k > 0; n++ {
		t := d.toks[k]
		if t.kind == tokNumber || t.text == "-" || durationUnits[t.lower] || t.lower == "minute" || t.lower == "hour" || t.lower == "day" ||
			attackModifiers[t.lower] && !determiners[t.lower] || meetingModifiers[t.lower] && t.lower != "-" ||
			t.text == "\"" || t.text == "“" || t.text == "”" || t.text == "'" || judgements[t.lower] || privacyWords[t.lower] {
			k-- // "The two-hour meeting", "the deadly strike", "the 'cowardly' attack"
			continue
		}
		break
	}
	switch d.tok(k).lower {
	case "the", "this", "that", "these", "those", "such":
		return true
	}
	if m.verb {
		// "The missiles were launched", "The strike hit": a definite
		// subject points back.
		k := m.lo - 1
		for k > 0 && (auxWords[d.toks[k].lower] || d.toks[k].lower == "were" || d.toks[k].lower == "was" || d.toks[k].lower == "been") {
			k--
		}
		if k >= 0 && (weaponWords[d.toks[k].lower] || d.trigAt[k]) && (d.tok(k-1).lower == "the" || d.tok(k-1).lower == "these") {
			return true
		}
	}
	return false
}

// conflicts reports whether a mention says something of itself that the
// event cannot be: another perpetrator, another day, an unrelated place,
// another mood, or a span of time where the event is one day.
func (d *doc) conflicts(e *event, m *eventMention) bool {
	if m.perp != nil && e.perp != nil && !d.samePerp(m.perp, e.perp) {
		return true
	}
	if !datesMeet(m, e) {
		return true
	}
	if m.loc != nil && e.loc != nil && !placedAt(e, m.loc) && m.loc.country != "" && e.loc.country != "" && m.loc.country != e.loc.country {
		return true
	}
	if m.loc != nil && e.loc != nil && m.loc.typ == graph.Location && e.loc.typ == graph.Location && !placedAt(e, m.loc) &&
		!wideKinds[m.loc.kind] && !wideKinds[e.loc.kind] && !d.spanOfTime(m) && !(e.loc.kind == "city" && d.inCityQuarter(m)) && !venueInCity(e, m) {
		return true // "the raid on a farm near Kaduna" is not the bombing in Jos
	}
	if !sameMood(m.mod, e.mod) && m.mod != graph.Asserted && e.mod == graph.Asserted && !(m.bare() && m.date == nil) {
		return true // "rejected the results" still names the results announced
	}
	if e.mod != graph.Asserted && m.mod == graph.Asserted && (m.date != nil || m.loc != nil || len(m.parts) > 0) {
		return true // "a new election" demanded, "the election in October" held
	}
	return d.spanOfTime(m) != d.spanOfTime(e.mentions[0])
}

// spanOfTime reports whether a duration opens the mention: "two weeks of
// bombardment", "months of fighting" name a campaign, not one strike.
func (d *doc) spanOfTime(m *eventMention) bool {
	k := m.lo - 1
	for n := 0; n < 4 && k > 0 && d.toks[k].lower != "of"; n++ {
		if sp, ok := d.spanEntity(k); ok {
			k = sp.lo - 1 // "three days of Sudanese shelling"
			continue
		}
		if !attackModifiers[d.toks[k].lower] && d.toks[k].text != "-" {
			return false
		}
		k--
	}
	if d.tok(k).lower != "of" {
		return false
	}
	if durationUnits[d.tok(k-1).lower] && (fightingWords[strings.ToLower(m.noun)] || mutualTriggers[strings.ToLower(m.noun)]) {
		return false // "two days of fighting": one fight that lasted two days
	}
	if m.typ == graph.Meeting && (shortUnits[d.tok(k-1).lower] || d.tok(k-1).lower == "days" && numberWords[d.tok(k-2).lower] > 0) {
		return false // "two hours of talks", "two days of talks": one round
	}
	return durationUnits[d.tok(k-1).lower] || campaignWords[d.tok(k-1).lower]
}

// campaignWords before "of" make a series of attacks: "hundreds of
// airstrikes", "a wave of strikes".
var campaignWords = setOf("hundreds", "dozens", "thousands", "scores", "series", "wave", "waves", "string", "spate", "campaign", "barrage")

// marksNew reports whether words before a trigger say it is another event
// than those before: "also held discussions", "a separate attack".
func (d *doc) marksNew(m *eventMention) bool {
	if d.warElsewhere(m) || d.counterMove(m) {
		return true
	}
	if d.separateLead(m) && !d.anaphoric(m) {
		return true
	}
	for k := max(0, m.lo-4); k < m.lo; k++ {
		switch d.toks[k].lower {
		case "also", "another", "separate", "separately", "second", "new", "earlier", "previous", "latest", "similar":
			return !d.anaphoric(m) && !d.judgedBetween(k, m.lo)
		case "next", "further", "fresh":
			if d.marksNext(k, m) {
				return !d.anaphoric(m) && !d.judgedBetween(k, m.lo)
			}
		case "additional":
			// "an additional 10% tariff" is one more; "the additional levy"
			// points back at one told before.
			return d.tok(k-1).lower != "the" && !d.anaphoric(m)
		}
	}
	return false
}

// datesMeet reports whether a mention's day can be the event's.
func datesMeet(m *eventMention, e *event) bool {
	return m.date == nil || e.date == nil || m.date.date.Precision != graph.Day || e.date.Precision != graph.Day || m.date.date.Start == e.date.Start
}

// sameMood treats possible and conditional alike: both are not (yet) so.
func sameMood(a, b graph.Modality) bool {
	return a == b || (a == graph.Possible || a == graph.Conditional) && (b == graph.Possible || b == graph.Conditional)
}

// anaphoric reports whether a mention points back: "these talks", "the
// attack" with no place or date of its own.
func (d *doc) anaphoric(m *eventMention) bool {
	switch d.tok(m.lo - 1).lower {
	case "these", "those", "this", "that", "such":
		return m.loc == nil && m.date == nil
	}
	return false
}

// compatible reports whether mention m can report event e.
func (d *doc) compatible(e *event, m *eventMention) bool {
	if !d.sameKind(e, m) {
		return false // a war and a break of relations are two things
	}
	if e.typ == graph.Meeting && gatherings[headKey(e.mentions[0].noun)] && !gatherings[headKey(m.noun)] && (len(m.parts) >= 2 || len(m.pairs) > 0) && !ledeSummit(e, m) {
		return false // "on the sidelines of the forum, Modi met Ramaphosa": a meeting of its own
	}
	if d.hostedRetold(e, m) {
		return true
	}
	if gatheringApart(e, m) || newPartyApart(e, m) && !d.partiesCovered(m.parts, e.parts, e.loc) || visitApart(e, m) {
		return false
	}
	if last := e.last(); last.sent == m.sent && (len(m.parts) == 0 || len(last.parts) == 0) &&
		(m.loc == nil || e.loc == nil || placesMeet(m.loc, e.loc)) && sameMood(m.mod, e.mod) && !d.relativeBetween2(last.hi, m.lo) {
		return true // "will meet in Geneva for a new round of talks": one meeting
	}
	if m.mod != e.mod && !(m.mod == graph.Asserted || e.mod == graph.Asserted) && !(hopedFor(e.typ) && sameMood(m.mod, e.mod)) &&
		e.typ != graph.Meeting { // a meeting not held is one plan, proposed, ruled out or called off
		return false
	}
	if (m.mod == graph.Asserted) != (e.mod == graph.Asserted) && e.typ == graph.Meeting {
		return false
	}
	if e.typ == graph.Attack && m.verb && condApart(m.mod, e.mod) {
		return false // "fired on the troops" is not the strike threatened before
	}
	if m.date != nil && e.date != nil && m.date.date.Precision == graph.Day && e.date.Precision == graph.Day && m.date.date.Start != e.date.Start {
		return false
	}
	if m.loc != nil && e.loc != nil && !placedAt(e, m.loc) && !d.mayLieIn(e, m) && !venueInCity(e, m) {
		return false // "the Great Hall of the People" after talks in Beijing stands in the city
	}
	if e.typ == graph.Proposal && (d.pledgeApart(e, m) || proposalsApart(e, m)) {
		return false
	}
	if e.typ == graph.Ceasefire || e.typ == graph.Proposal {
		// An article rarely weighs two ceasefires: one unless place or day
		// tell them apart.
		return true
	}
	shared := m.loc != nil && e.loc != nil
	for _, p := range m.parts {
		if hasEntity(e.parts, p) {
			shared = true
		}
	}
	samePlace := m.loc != nil && m.loc == e.loc && m.loc.typ == graph.Location
	if e.typ == graph.Meeting && !samePlace && len(m.parts) > 0 && len(e.parts) > 0 && !d.partiesCovered(m.parts, e.parts, e.loc) && !d.partiesCovered(e.parts, m.parts, m.loc) {
		return false // other parties: another meeting
	}
	if e.typ == graph.Meeting && d.partiesMeet(m.parts, e.parts, m.loc, e.loc) {
		shared = true
	}
	if (e.typ == graph.Attack || e.typ == graph.Sanction) && m.perp != nil && e.perp != nil && !d.samePerp(m.perp, e.perp) {
		return false
	}
	if e.typ == graph.Sanction && m.perp != nil && e.perp != nil && m.perp != e.perp {
		shared = true // "the duties Washington imposed" and "Trump's levies"
	}
	if e.typ == graph.Sanction && sanctionKind(m.noun) != sanctionKind(e.mentions[0].noun) {
		return false // tariffs and export controls are two measures
	}
	if e.typ == graph.Attack && (len(m.perps) >= 2) != e.mutual() {
		return false // an exchange of fire is not one side's strike
	}
	if e.typ == graph.Statement && !(m.date != nil && e.date != nil && m.date.date.Start == e.date.Start) &&
		!strings.EqualFold(m.noun, e.mentions[0].noun) {
		return false // a post and a briefing by one speaker are two statements
	}
	if e.typ == graph.Attack && m.perp != nil && e.perp != nil && d.samePerp(m.perp, e.perp) {
		shared = true
	}
	return shared
}

// sanctionKind groups sanction words: duties, export curbs, sanctions
// proper, embargoes.
func sanctionKind(noun string) string {
	w := strings.ToLower(noun)
	switch {
	case strings.Contains(w, "tariff") || strings.Contains(w, "dut") || strings.Contains(w, "lev"):
		return "duty"
	case strings.Contains(w, "export") || strings.Contains(w, "licen") || strings.Contains(w, "entity list") || strings.Contains(w, "blacklist") || strings.Contains(w, "curbs"):
		return "export"
	case strings.Contains(w, "embargo") || strings.Contains(w, "blockade"):
		return "embargo"
	}
	return "sanctions"
}

// relativeBetween2 reports whether a relative pronoun stands between two
// triggers of a sentence: "had shelled 'armed groups' who had ambushed a
// patrol" tells two events.
func (d *doc) relativeBetween2(lo, hi int) bool {
	if d.insideRelative(lo-1, hi) {
		return true // "Turkey, which has often shelled Iraq, struck near Duhok"
	}
	for k := lo; k < hi && k < len(d.toks); k++ {
		switch d.toks[k].lower {
		case "who", "which", "whose", "that":
			return true
		}
	}
	return false
}

// placesMeet reports whether two places can be one event's place: the same,
// or one the country of the other.
func placesMeet(a, b *entity) bool {
	if a == b {
		return true
	}
	if a.typ == graph.Country && b.country == a.code || b.typ == graph.Country && a.country == b.code {
		return true
	}
	return false
}

// judgedBetween reports whether a verb of judgement stands in (lo, hi):
// "also condemned the bombing" judges the bombing reported, it tells no
// new one.
func (d *doc) judgedBetween(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if w := d.toks[k].lower; condemnVerbs[w] || criticizeVerbs[w] {
			return true
		}
	}
	return false
}

// coordinated reports whether mention m follows mention p in one noun
// phrase, "and" or a comma alone between them: "shelling and air strikes".
func (d *doc) coordinated(p, m *eventMention) bool {
	if p.sent != m.sent || p.verb || m.verb || m.lo <= p.hi || m.lo-p.hi > 3 {
		return false
	}
	and := false
	for k := p.hi; k < m.lo; k++ {
		switch w := d.toks[k].lower; {
		case w == "and" || w == "or":
			and = true
		case w == ",":
		case attackModifiers[w] && !determiners[w]:
		default:
			return false
		}
	}
	return and && (m.perp == nil || p.perp == nil || m.perp == p.perp)
}

// habitualWords say an attack recurs: "near-daily strikes", "fired on its
// patrols twice this month".
var habitualWords = setOf("daily", "near-daily", "nightly", "repeated", "frequent", "regular", "almost-daily", "twice",
	"repeatedly", "regularly")

// habitual reports whether mention m names a series of attacks.
func (d *doc) habitual(m *eventMention) bool {
	s := d.sents[m.sent]
	for k := max(s.lo, m.lo-3); k < m.lo; k++ {
		if w := d.toks[k].lower; habitualWords[w] && w != "twice" && w != "repeatedly" {
			return true
		}
	}
	for k := m.hi; k < min(s.hi, m.hi+5); k++ {
		w := d.toks[k].lower
		if w == "twice" || w == "repeatedly" || w == "times" && numberWords[d.tok(k-1).lower] > 2 {
			return true
		}
		if w == "," || d.trigAt[k] {
			break
		}
	}
	return false
}

// campaign reports whether e is a span of attacks: "days of bombardment".
func (d *doc) campaign(e *event) bool {
	return d.spanOfTime(e.mentions[0]) || d.habitual(e.mentions[0])
}
