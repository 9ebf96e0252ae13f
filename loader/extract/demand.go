package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// askVerbs ask others to act when an actor and "to" follow: "urged Iran to
// return to talks", "asked the council to meet", "ordered Caracas to
// refrain". "called" and "appealed" take "on" or "to" first.
var askVerbs = verbSet("urge", "ask", "press", "order", "call", "appeal", "want", "request", "encourage")

// askForVerbs take what is asked after "for" as well as "to": "pressed
// Seoul for concessions", "asked Tokyo for help".
var askForVerbs = verbSet("press", "ask")

// reliefWords ask to be spared the event they name: "exemptions from the
// duties", "relief from sanctions".
var reliefWords = setOf("exemption", "exemptions", "relief", "reprieve", "waiver", "waivers", "carve-out", "carve-outs", "from")

// stopVerbs ask that an event end: "urged the rebels to stop the shelling"
// demands nothing of the shelling.
var stopVerbs = setOf("stop", "end", "halt", "cease", "refrain", "abandon", "drop", "suspend", "call")

// askedActors reads "urged X (and Y) to ..." at k: every actor asked of,
// the pair a group word names ("both sides", "the neighbours"), and the
// position of the "to" that opens what is asked; ok is false when the
// words after k do not read so.
func (d *doc) askedActors(k int, askers []*entity) (actors []*entity, to int, ok bool) {
	w := d.toks[k].lower
	if !askVerbs[w] || d.spanAt[k] != 0 || determiners[d.tok(k-1).lower] || possessivePronoun[d.tok(k-1).lower] {
		return nil, 0, false
	}
	if to, ok := d.pronounAsked(k); ok {
		return nil, to, true
	}
	_, hi := d.clause(k)
	j := k + 1
	switch w {
	case "called", "calling", "calls", "call":
		if n := d.tok(j).lower; n != "on" && n != "upon" {
			return nil, 0, false
		}
		j++
	case "appealed", "appealing", "appeals", "appeal":
		if d.tok(j).lower != "to" {
			return nil, 0, false
		}
		j++
	}
	for ; j < len(d.toks) && j < k+20; j++ {
		t := d.toks[j]
		if (t.lower == "to" || t.lower == "for" && askForVerbs[w]) && len(actors) > 0 {
			return actors, j, true // "urged Kenya to ...", "pressed Kenya for ..."
		}
		if g := d.groupWords(j); g > 0 {
			actors = append(actors, d.otherPair(j, k, askers)...)
			j += g - 1
			continue
		}
		if n := d.governmentWords(j); n > 0 {
			// "urged the authorities to respect due process": the state
			// the report is about.
			c := d.leadingCountry(j)
			if c == nil {
				c = d.namedRulers(j, d.toks[j+n-1].lower)
			}
			if c != nil && !hasEntity(askers, c) {
				actors = appendUnique(actors, c)
			}
			j += n - 1
			continue
		}
		if t.lower == "the" && neighbourWords[d.tok(j+1).lower] {
			actors = append(actors, d.otherPair(j, k, askers)...)
			j++
			continue
		}
		if sp, e := d.actorAt(j); e != nil {
			if !d.isModifierActor(sp) {
				actors = appendUnique(actors, e)
			}
			j = sp.hi - 1
			if d.tok(j+1).lower == "'s" {
				j++
			}
			for stateNouns[d.tok(j+1).lower] && d.spanAt[j+1] == 0 {
				j++ // "called on the Kenyan authorities to": the state is asked
			}
			continue
		} else if sp != nil {
			j = sp.hi - 1
			continue
		}
		if t.text == "," && (d.tok(j+1).lower == "which" || d.tok(j+1).lower == "who") && len(actors) > 0 {
			// "called on the US and France, which monitor the truce, to ..."
			n := j + 2
			for n < len(d.toks) && n < j+16 && d.toks[n].text != "," {
				n++
			}
			if d.tok(n).text != "," {
				return nil, 0, false
			}
			j = n
			continue
		}
		switch t.lower {
		case "the", "and", ",", "its", "their", "both", "all", "fellow":
			continue
		}
		if j >= hi && t.text != "," {
			break
		}
		return nil, 0, false
	}
	return nil, 0, false
}

// governmentWords returns how many tokens at j name a state's rulers
// without naming the state: "the authorities", "the federal government";
// 0 otherwise.
func (d *doc) governmentWords(j int) int {
	if d.toks[j].lower != "the" {
		return 0
	}
	n := 1
	if w := d.tok(j + n).lower; w == "federal" || w == "central" || w == "national" || w == "interim" || w == "military" {
		n++
	}
	switch d.tok(j + n).lower {
	case "authorities", "government", "junta", "regime":
		if d.spanAt[j+n] != 0 {
			return 0
		}
		return n + 1
	}
	return 0
}

// neighbourWords after "the" name the two countries just spoken of.
var neighbourWords = setOf("neighbours", "neighbors", "rivals", "foes", "adversaries")

// convokeVerbs after the "to" of an ask make the asked body the seat of
// the session asked for, not a party asked of.
var convokeVerbs = setOf("convene", "reconvene")

// askRelations states DEMANDED from the askers to each actor asked, and to
// the event asked for: "China and the US urged both sides to return to
// talks" demands of both sides and demands the talks.
func (d *doc) askRelations(k, si int) bool {
	if d.tok(k-1).lower == "to" {
		return false // "efforts to press Russia to agree": an aim, not an act
	}
	srcs := d.askers(k, si)
	actors, to, ok := d.askedActors(k, srcs)
	if !ok {
		return false
	}
	mod := d.askModality(k, d.modalityAt(k))
	if d.reportedActVerb(k, si) >= 0 {
		mod = graph.Asserted // "said the deal must never ... and called on X": the negation is the reported clause's
	}
	if convokeVerbs[d.tok(to+1).lower] {
		actors = nil // "urged the Security Council to convene": the session is asked for; the council sits in it
	}
	ev := d.askedEvent(to)
	if ev != nil && d.sidesAskedToSettle(k, to, ev) {
		actors = nil // "urged both sides to agree a truce": the truce is demanded; the sides are its parties
	}
	for _, src := range srcs {
		for _, a := range actors {
			if a != src {
				d.addClaim(claim{src: ent(src), dst: ent(a), typ: graph.Demanded, mod: mod, sent: si, conf: 0.55})
			}
		}
	}
	if ev != nil {
		for _, src := range srcs {
			d.addClaim(claim{src: ent(src), dst: evt(ev), typ: graph.Demanded, mod: mod, sent: si, conf: 0.55})
		}
	}
	return true
}

// askedEvent returns the event that the infinitive opened at "to" asks
// for: "to return to talks" gives the talks; "to stop the shelling" none.
func (d *doc) askedEvent(to int) *event {
	if stopVerbs[d.tok(to+1).lower] {
		return nil
	}
	_, hi := d.clause(to)
	for j := to + 1; j < hi && j < to+12; j++ {
		if d.toks[to].lower == "for" && reliefWords[d.toks[j].lower] {
			return nil // "pressed Tokyo for relief from the tariffs": the tariffs are not asked for
		}
		if d.toks[j].lower == "and" && joinedVerb(d.tok(j+1)) {
			return nil // "urged restraint and offered to host talks": the talks are offered
		}
		if d.toks[j].lower == "to" && stopVerbs[d.tok(j+1).lower] {
			return nil // "to pressure Israel to halt its strikes"
		}
		if m := d.evAt[j]; m != nil && m.ev != nil {
			return m.ev
		}
	}
	return nil
}

// coordinatedSubject returns the subject a verb joined by "and" shares with
// the predicate before it: "X condemned the raid as 'a crime' and urged
// ...": the first acting name of the sentence.
func (d *doc) coordinatedSubject(k, si int) *entity {
	j := k - 1
	for j > d.sents[si].lo && (d.toks[j].lower == "also" || d.toks[j].lower == "then" || d.toks[j].lower == "later") {
		j--
	}
	if j < d.sents[si].lo || d.toks[j].lower != "and" {
		return nil // a verb opening the text has no predicate before it
	}
	return d.firstActor(si, j)
}

// firstActor returns the first name acting in sentence si before token
// end: one that is no modifier, owns nothing ("Iran's Foreign Minister
// Abbas Araghchi" acts, Iran does not) and is no object of a preposition
// ("the envoy for the Baku-Yerevan talks, Jan Kos, said ...": Kos acts)
// and qualifies no noun ("the Doha-based charity said ...": the charity acts).
func (d *doc) firstActor(si, end int) *entity { return d.firstActorIn(d.sents[si].lo, end) }

// firstActorIn is firstActor over the tokens [lo, end).
func (d *doc) firstActorIn(lo, end int) *entity {
	for _, sp := range d.walk(lo, end) {
		if e := actorOf(sp); e != nil && !d.isModifierActor(sp) && d.tok(sp.hi).lower != "'s" && !d.namesBody(sp) && !d.prepObject(sp) && !d.hyphenQualifier(sp) {
			return e
		}
	}
	return nil
}

// subjectlessPreps before a name make it the object of a phrase, never the
// subject of the sentence.
var subjectlessPreps = setOf("for", "of", "to", "with", "between", "against", "about", "over", "toward", "towards")

// prepObject reports whether the name at sp is the object of a preposition
// that keeps it from being a subject, over names joined by a dash before it
// ("for the Belgrade-Pristina dialogue").
func (d *doc) prepObject(sp *span) bool {
	j := sp.lo
	for n := 0; n < 3; n++ {
		t := d.tok(j - 1)
		if t.text != "-" && t.text != "–" || t.space || j < 2 || d.spanAt[j-2] == 0 {
			break
		}
		j = d.spans[d.spanAt[j-2]-1].lo
	}
	return subjectlessPreps[d.prevWord(j)]
}

// otherPair returns the pair a group word at j stands for, passing over
// the askers themselves: in "Brazil and Chile urged both sides to ...",
// both sides are the pair named before Brazil and Chile.
func (d *doc) otherPair(j, k int, askers []*entity) []*entity {
	pair := d.lastPair(j)
	if pair == nil {
		return d.mainPair(j, askers)
	}
	for _, e := range pair {
		if hasEntity(askers, e) {
			lo, _ := d.clause(k)
			if lo >= j {
				return nil
			}
			if pair = d.lastPair(lo); pair == nil {
				// "Kenya and Ghana urged both sides": no other pair named
				// together, so the two the article is about.
				pair = d.mainPair(j, askers)
			}
			return pair
		}
	}
	return pair
}

// askers returns who asks at k: the subject, with the names coordinated
// before it ("China and the United States urged"), else the subject a
// verb joined by "and" shares.
func (d *doc) askers(k, si int) []*entity {
	if b := d.textBody(k, si); b != nil {
		return []*entity{b} // "The resolution calls on X to ...": the body that passed it
	}
	if g := d.sharedGroupSubject(k); g != nil {
		return g // "The two ministers called on X ... and urged Y ..."
	}
	if i := d.reportedActVerb(k, si); i >= 0 {
		// "X said Washington was disappointed and urged both sides to
		// ...": X urges; an unnamed teller leaves the asker untold.
		if r := d.subjectBefore(i, si); r != nil {
			return []*entity{r}
		}
		return nil
	}
	src := d.subjectBefore(k, si)
	if g := d.groupSubject(k); len(g) == 2 && (src == nil || src == d.speakerOf(si)) {
		return g // "The two ministers called on X to ..."
	}
	if c := d.coordinatedSubject(k, si); c != nil && (src == nil || src == d.speakerOf(si)) {
		if l := d.openingList(c, si); l != nil {
			return l // "Britain, France and Germany issued a statement ... and urging X to"
		}
		return []*entity{c}
	}
	if src == nil {
		return nil
	}
	if c := d.leadingSubject(k, si, src); c != nil {
		return []*entity{c}
	}
	out := []*entity{src}
	lo, _ := d.clause(k)
	for j := k - 1; j >= lo; j-- {
		sp, e := d.actorAt(j)
		if sp == nil {
			continue
		}
		if e != src {
			j = sp.lo
			continue
		}
		and := false
		for n := sp.lo - 1; n >= lo; n-- {
			if w := d.toks[n].lower; w == "and" || w == "the" || w == "," || w == "'s" {
				and = and || w == "and"
				continue
			}
			sp2, e2 := d.actorAt(n)
			if sp2 == nil {
				break
			}
			if e2 != nil && !d.isModifierActor(sp2) {
				if !and {
					break // "the chair of the AU Commission, Mahmoud Youssouf,": an apposition
				}
				out = appendUnique(out, e2) // not "Colombian" in "Colombian President Petro"
			}
			n = sp2.lo
		}
		break
	}
	return out
}

// blamedDeed reports whether a possessive at k owns a deed named harshly:
// "Israel's 'daily aggression'", "Moscow's reckless provocations".
func (d *doc) blamedDeed(k int) bool {
	if d.tok(k).lower != "'s" {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
		t := d.toks[j]
		if blameWords[t.lower] || deedBlameNouns[t.lower] {
			return true
		}
		if !(isQuote(t.text) || t.kind == tokWord && !t.cap && d.spanAt[j] == 0) {
			return false
		}
	}
	return false
}

// deedBlameNouns name a deed as wrong in itself.
var deedBlameNouns = setOf("aggression", "provocations", "crimes", "atrocities", "violations", "lies", "occupation",
	"meddling", "interference", "blackmail", "bullying", "hostility", "aggressions")

// joinedVerb reports whether t reads as a second verb after "and":
// "and offered", "and said".
func joinedVerb(t token) bool {
	return t.kind == tokWord && !t.cap && (strings.HasSuffix(t.lower, "ed") || speechVerbs[t.lower] || offerVerbs[t.lower])
}

// aimWords before "to" make the verb after it an aim: "an attempt to
// blame", "efforts to press".
var aimWords = setOf("attempt", "attempts", "effort", "efforts", "bid", "bids", "try", "trying", "tried", "plan", "plans", "aim", "aims")

func aimOnly(d *doc, k int) bool {
	return d.tok(k-1).lower == "to" && aimWords[d.tok(k-2).lower]
}

// blameOnly verbs take the actor blamed, and the deed it is blamed for
// after "for": "blamed the rebels for the fighting" criticises the rebels.
var blameOnly = setOf("blamed", "blaming", "blames", "blame")

// eventsBeforeFor keeps the events named before the "for" that follows k.
func (d *doc) eventsBeforeFor(k int, evs []*event) []*event {
	_, hi := d.clause(k)
	stop := hi
	for j := k + 1; j < hi; j++ {
		if d.toks[j].lower == "for" {
			stop = j
			break
		}
	}
	var out []*event
	for _, e := range evs {
		for j := k + 1; j < stop; j++ {
			if m := d.evAt[j]; m != nil && m.ev == e {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// askedBefore reads the "to" at to as the one of "urged X to": ok when an
// asking verb governs it, with the first actor asked, if one is named.
// Who asks another to act does not act: "Amnesty urged the government to
// release the detainees" makes Amnesty no party to a release.
func (d *doc) askedBefore(to int) (*entity, bool) {
	if d.tok(to).lower != "to" {
		return nil, false
	}
	lo, _ := d.clause(to)
	for j := to - 1; j >= lo && j >= to-12; j-- {
		if !askVerbs[d.toks[j].lower] {
			continue
		}
		actors, at, ok := d.askedActors(j, nil)
		if ok && at != to {
			return nil, false
		}
		if len(actors) > 0 {
			return actors[0], true
		}
		return nil, true
	}
	return nil, false
}
