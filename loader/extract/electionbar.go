package extract

import "github.com/geokg/geokg/graph"

// barVerbs keep a candidate or party out of a vote when "from" and the
// race follow: "was barred from standing", "excluded X from the ballot".
var barVerbs = setOf("barred", "banned", "excluded", "disqualified", "blocked", "prevented", "kept")

// raceWords after "from" (or "off" for "kept") name taking part in a vote.
var raceWords = setOf("standing", "running", "contesting", "race", "ballot", "vote", "election", "elections", "poll",
	"polls", "runoff", "participating", "competing")

// boycottVerbs refuse to take part: "boycotted the poll".
var boycottVerbs = setOf("boycotted", "boycotting", "boycott", "boycotts")

// subjectBlockers before a name make it the object of a phrase, not one
// of those kept out: "barred by the court", "a ruling against the party".
var subjectBlockers = setOf("by", "from", "with", "against", "to", "for", "in", "on", "at", "under", "after", "over", "than")

// electionExclusions makes each candidate or party an article says was
// kept out of its vote ("Two opposition figures, A and B, were barred from
// standing", "the commission excluded the Unity Party from the race",
// "several parties, including the Reform Bloc, boycotted the poll") a
// denied party to that election: who was kept out is named by the vote's
// reporters as not having run.
func (d *doc) electionExclusions() {
	for k := range d.toks {
		w := d.toks[k].lower
		var kept []*entity
		passive := passiveAux[d.tok(k-1).lower]
		switch {
		case boycottVerbs[w] && d.raceAt(k+1):
			kept = d.barredBefore(k)
		case w == "disqualified" && passive, barVerbs[w] && passive && d.raceAt(k+1):
			kept = d.barredBefore(k) // "the party's candidate was disqualified"
		case barVerbs[w] && !passive && d.tok(k+1).lower != "from" && d.tok(k+1).lower != "off":
			kept = d.barredAfter(k) // "barred the Unity Party from standing"
		}
		if len(kept) == 0 {
			continue
		}
		vote := d.electionFor(k)
		if vote == nil {
			continue
		}
		for _, e := range kept {
			if !hasEntity(vote.parts, e) {
				d.addClaim(claim{src: ent(e), dst: evt(vote), typ: graph.ParticipatedIn, mod: graph.Denied, sent: int(d.sentOf[k]), conf: 0.5})
			}
		}
	}
}

// raceAt reports whether the words at k name a vote to take part in:
// "from standing", "from the race", "off the ballot", "the poll".
func (d *doc) raceAt(k int) bool {
	if w := d.tok(k).lower; w == "from" || w == "off" {
		k++
	}
	k = d.pastThe(k)
	if w := d.tok(k).lower; w == "presidential" || w == "parliamentary" || w == "general" || w == "legislative" {
		k++
	}
	if d.tok(k).lower == "taking" && d.tok(k+1).lower == "part" {
		return true
	}
	return raceWords[d.tok(k).lower]
}

// barredAfter returns those an active bar verb at k keeps out, named
// between it and "from ... race": "barred Ana Ruiz and the Unity Party
// from standing".
func (d *doc) barredAfter(k int) []*entity {
	s := d.sents[d.sentOf[k]]
	var out []*entity
	for j, sp := range d.walk(k+1, min(s.hi, k+12)) {
		if sp == nil {
			switch d.toks[j].lower {
			case "from", "off":
				if d.raceAt(j) {
					return out
				}
				return nil
			case ",", "and", "the", "its":
				continue
			}
			return nil
		}
		if e := actorOf(sp); e != nil && d.candidateLike(e) {
			out = append(out, e)
		} else if sp.kind != spanRole {
			return nil
		}
	}
	return nil
}

// barredBefore returns the candidates and parties of the clause before k
// that a passive bar or a boycott keeps out: neither speakers nor objects
// of a phrase ("barred by the court") nor names that only qualify a title.
func (d *doc) barredBefore(k int) []*entity {
	si := int(d.sentOf[k])
	lo := d.sents[si].lo
	// A trigger inside a relative aside does not end the clause: "the
	// Unity Front, whose rallies were banned in May, was barred" keeps the
	// party the one barred.
	asides := d.relativeAsides(lo, k)
	for j := k - 1; j > lo; j-- {
		if w := d.toks[j].text; w == ":" || w == ";" || d.trigAt[j] && asideEnd(asides, j) < 0 {
			lo = j + 1
			break
		}
	}
	var out []*entity
	for _, sp := range d.walk(lo, k) {
		e := actorOf(sp)
		if e == nil || !d.candidateLike(e) || d.isSpeaker(sp) || d.isModifierActor(sp) || d.tok(sp.hi).lower == "'s" {
			continue
		}
		if subjectBlockers[d.tok(sp.lo-1).lower] || subjectBlockers[d.prevWord(sp.lo)] {
			continue
		}
		out = appendUnique(out, e)
	}
	return out
}

// electionFor returns the vote a bar at k keeps someone out of: the
// latest election told before it, else the first told after.
func (d *doc) electionFor(k int) *event {
	var before, after *event
	for _, m := range d.evs {
		if m.ev == nil || m.ev.typ != graph.Election {
			continue
		}
		if m.lo < k {
			before = m.ev
		} else if after == nil {
			after = m.ev
		}
	}
	if before != nil {
		return before
	}
	return after
}
