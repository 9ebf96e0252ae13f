package extract

import (
	"iter"

	"github.com/geokg/geokg/graph"
)

// indexMentions builds the lookups every later pass uses, so that none of
// them scans all mentions per token.
func (d *doc) indexMentions() {
	d.evAt = make(map[int]*eventMention, len(d.evs))
	d.evStart = make([]int, len(d.sents)+1)
	k := 0
	for si := range d.sents {
		d.evStart[si] = k
		for k < len(d.evs) && d.evs[k].sent == si {
			d.evAt[d.evs[k].lo] = d.evs[k]
			k++
		}
	}
	d.evStart[len(d.sents)] = k
	for lo, m := range d.folded {
		if d.evAt[lo] == nil {
			d.evAt[lo] = m
		}
	}
}

// sentMentions returns the mentions of sentence si.
func (d *doc) sentMentions(si int) []*eventMention {
	return d.evs[d.evStart[si]:d.evStart[si+1]]
}

// gapBetween returns the tokens between a date phrase and a mention,
// whichever comes first.
func gapBetween(de *dateExpr, m *eventMention) (lo, hi int) {
	if m.hi <= de.lo {
		return m.hi, de.lo
	}
	return de.hi, m.lo
}

// hoursOfDay after "before" or "after" name a time within one day.
var hoursOfDay = setOf("dawn", "daybreak", "sunrise", "sunset", "dusk", "midnight", "noon", "midday", "nightfall")

// relativeBetween reports whether "after", "before" or "since" stands
// between a date phrase and a trigger: the date is not the event's then.
func (d *doc) relativeBetween(de *dateExpr, m *eventMention) bool {
	lo, hi := gapBetween(de, m)
	for k := lo; k < hi; k++ {
		switch d.toks[k].lower {
		case "after", "before":
			// "opened fire before dawn on Sunday": an hour of that day.
			if !hoursOfDay[d.tok(k+1).lower] {
				return true
			}
		case "since", "ago", "following", "ahead":
			return true
		case "demanding", "demanded", "demand", "demands", "urging", "urged":
			// "marched on Thursday demanding new elections": the march's day.
			return de.hi <= m.lo
		}
	}
	return false
}

// inheritDates dates what a narrative goes on to tell: an asserted event
// in a sentence with no time phrase takes the day of the asserted event
// just before it in the same paragraph ("... met in Geneva on Friday. They
// signed a water-sharing accord."). A statement with no date takes the day
// its speaker is reported speaking ("Ruto said on Saturday").
func (d *doc) inheritDates() {
	dated := make(map[int]bool)
	for _, de := range d.dates {
		dated[de.sent] = true
	}
	said := d.speechDates()
	var last *eventMention
	for _, m := range d.evs {
		switch {
		case m.date != nil:
		case m.typ == graph.Statement:
			for _, p := range m.parts {
				if de, ok := said[p]; ok {
					m.date = de
					break
				}
			}
		case m.mod == graph.Asserted && !dated[m.sent] && last != nil && last.sent == m.sent-1 &&
			d.sents[last.sent].para == d.sents[m.sent].para && m.typ != graph.OtherEvent &&
			!(m.perp != nil && last.perp != nil && m.perp != last.perp) && !d.laterIn(m):
			m.date = last.date
		}
		if m.date != nil && m.date.date.Precision == graph.Day && m.mod == graph.Asserted {
			last = m
		}
	}
}

// laterIn reports whether the mention's sentence says it came after, or
// some days from another: "Myanmar's offensive has since killed".
func (d *doc) laterIn(m *eventMention) bool {
	s := d.sents[m.sent]
	for k := s.lo; k < s.hi; k++ {
		switch d.toks[k].lower {
		case "later", "subsequently", "afterwards":
			return true
		case "since", "then":
			// after the trigger they tell a record or a sequence within
			// the event: "their first meeting since 2019", "first alone
			// and then with their delegations"
			if k < m.lo {
				return true
			}
		case "before", "after":
			if w := d.tok(k - 1).lower; w == "day" || w == "days" {
				return true // "had attacked a convoy the day before": relativeDays dates it
			}
		}
	}
	return false
}

// speechDates maps speakers to the day they are reported speaking: "X said
// on Saturday", "the ministry confirmed Friday".
func (d *doc) speechDates() map[*entity]*dateExpr {
	out := make(map[*entity]*dateExpr)
	for i := range d.dates {
		de := &d.dates[i]
		if de.date.Precision != graph.Day || de.bound {
			continue
		}
		k := de.lo - 1
		if !speechVerbs[d.tok(k).lower] {
			continue
		}
		if e := d.speakerOf(de.sent); e != nil {
			if _, ok := out[e]; !ok {
				out[e] = de
			}
			for _, a := range d.affiliations(e) {
				if _, ok := out[a]; !ok {
					out[a] = de
				}
			}
		}
	}
	d.stanceDates(out)
	return out
}

// affiliations returns the people a body's title names: "Elysée spokeswoman
// Sophie Primas" speaks when the Elysée does.
func (d *doc) affiliations(org *entity) []*entity {
	if d.affil == nil {
		d.affil = make(map[*entity][]*entity)
		for a, p := range d.titleTies() {
			if a.ent != nil && p.ent != nil && p.ent.typ == graph.Person {
				d.affil[a.ent] = appendUnique(d.affil[a.ent], p.ent)
			}
		}
	}
	return d.affil[org]
}

// titleTies yields, for each title written between two names, the name
// before it and the one after it: "SDF" and "Mazloum Abdi" in "SDF
// commander Mazloum Abdi", in the order the titles stand.
func (d *doc) titleTies() iter.Seq2[*span, *span] {
	return func(yield func(*span, *span) bool) {
		for i := range d.spans {
			r := &d.spans[i]
			if r.kind != spanRole {
				continue
			}
			a, ok := d.spanEntity(r.lo - 1)
			p, ok2 := d.spanEntity(r.hi)
			if ok && ok2 && !yield(a, p) {
				return
			}
		}
	}
}

// repeatedEvents: "will talk again", "a new round of talks" — the parties of
// the last event of the type meet again.
func (d *doc) repeatedEvents() {
	for i, m := range d.evs {
		if len(m.parts) > 0 || !(d.tok(m.hi).lower == "again" || d.tok(m.lo-1).lower == "again" || d.tok(m.lo-1).lower == "resume" || d.tok(m.lo-1).lower == "resumed" || d.tok(m.lo-2).lower == "round" && d.tok(m.lo-1).lower == "of") {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-50; k-- {
			if p := d.evs[k]; p.typ == m.typ && len(p.parts) > 0 {
				m.parts = append(m.parts, p.parts...)
				if len(p.pairs) > 0 {
					m.pairs = append(m.pairs, p.pairs...)
				}
				break
			}
		}
	}
}

// assignDates gives each time phrase to the nearest event word of its
// sentence: "On Friday, the minister wrote ... that the siege ..." dates the post,
// not the war. An event not (yet) asserted takes only a phrase attached to
// it ("will meet again on June 3").
func (d *doc) assignDates() {
	k := 0
	for i := range d.dates {
		de := &d.dates[i]
		if de.bound || d.sourceDate(de) || d.ownedMention(de) != nil {
			continue // a day that owns its event dated it in ownedDates
		}
		for k < len(d.evs) && d.evs[k].sent < de.sent {
			k++
		}
		var best *eventMention
		bestDist := 1 << 30
		said := d.saidDate(de)
		if m := d.aspectSubject(de); m != nil && !said {
			if m.date == nil {
				m.date = de
			}
			continue
		}
		rlo, rhi := d.relativeClauseOf(de)
		for j := k; j < len(d.evs) && d.evs[j].sent == de.sent; j++ {
			m := d.evs[j]
			if d.dayOwned(m) {
				continue // "Sunday's election" is no other day's
			}
			if d.relativeBetween(de, m) {
				continue // "on Tuesday, two weeks after seizing Goma"
			}
			if rlo >= 0 && (m.lo < rlo || m.lo >= rhi) {
				continue // "Saied, who seized power in 2021, accused ...": the clause's own time
			}
			if d.countRelease(m) && !d.dateStartsAt(de, m.hi) {
				continue // "the commission said turnout in Tuesday's vote": the vote's day
			}
			if m.typ == graph.Statement && !said && d.reportedDate(de, m) {
				continue // "blocked the road on Monday, police said in a statement": the road's day
			}
			if de.hi <= m.lo && d.consequenceBetween(de.hi, m.lo) {
				continue // "shot dead the mayor on Saturday, prompting protests": the killing's day
			}
			if m.typ == graph.Attack && d.claimDate(de, m) {
				continue // "claimed on Wednesday an attack": the day of the claim
			}
			if said && m.typ != graph.Statement && m.typ != graph.Sanction && !d.saidOffer(m) {
				// "killed 40 people, the group said on Thursday": when it was
				// said; a measure is dated by its announcement and an offer
				// by its saying (saidOffer).
				continue
			}
			if m.mod != graph.Asserted && !d.unassertedTakes(de, m) && d.otherTakes(de, j, k) {
				// "is due to meet X on Thursday to discuss the agreement":
				// the meeting's day, not the agreement's, which cannot take it.
				continue
			}
			dist := min(abs(de.lo-m.hi), abs(de.hi-m.lo))
			if d.commaBetween(de, m) {
				// "struck Gaza on Monday, testing the ceasefire": the
				// day is the strike's, told in its clause.
				dist += commaCost
			}
			if dist < bestDist {
				best, bestDist = m, dist
			}
		}
		if best == nil {
			if m := d.whichHead(de, rlo); m != nil && m.date == nil {
				m.date = de // "the attack in Mandera, which killed 12 people on Sunday"
			}
			continue
		}
		attached := d.unassertedTakes(de, best)
		if best.mod != graph.Asserted && !attached && !((said || d.openingDay(de)) && d.saidOffer(best)) {
			continue // a plan keeps its own time; an offer takes the day it was made
		}
		if best.typ == graph.Statement && !attached && !said && d.speechBetween(de.hi, best.lo) {
			// "blocked the road on Monday evening, the spokesman said in a
			// statement": the day of what the statement reports.
			continue
		}
		if best.date == nil || d.finerInClause(de, best) {
			best.date = de
		}
	}
}

// finerInClause reports whether the day de, told after the mention m in
// its clause, should replace a coarser time m took from further off: in
// "an update last week said ... a drone struck a wedding on April 28" the
// strike's day is its own, not the week of the update.
func (d *doc) finerInClause(de *dateExpr, m *eventMention) bool {
	if m.date == nil || m.date.date.Precision == graph.Day || de.date.Precision != graph.Day || m.date.lo >= m.lo {
		return false
	}
	_, hi := d.clause(m.lo)
	return de.lo >= m.hi && de.hi <= hi
}

// unassertedTakes reports whether the time phrase de is attached to the
// mention m closely enough to date it even when m is not asserted: "will
// meet again on June 3", "to meet at a summit in Dar es Salaam on Saturday".
func (d *doc) unassertedTakes(de *dateExpr, m *eventMention) bool {
	if de.lo >= m.hi && de.lo-m.hi <= 3 || de.hi <= m.lo && m.lo-de.hi <= 2 {
		return true
	}
	_, hi := d.clause(m.lo)
	return m.mod != graph.Asserted && de.lo >= m.hi && de.hi <= hi && de.lo-m.hi <= 12
}

// otherTakes reports whether a mention of the sentence, from the k-th on,
// other than the j-th, is attached to the time phrase de.
func (d *doc) otherTakes(de *dateExpr, j, k int) bool {
	for i := k; i < len(d.evs) && d.evs[i].sent == de.sent; i++ {
		if i != j && d.unassertedTakes(de, d.evs[i]) {
			return true
		}
	}
	return false
}

// saidDate reports whether a time phrase dates a plain speech verb: "the
// ministry said on Monday", "told reporters Tuesday".
func (d *doc) saidDate(de *dateExpr) bool {
	k := de.lo - 1
	if d.tok(k).lower == "on" {
		k--
	}
	if d.tok(k).lower == "phone" || d.tok(k).lower == "telephone" {
		if d.tok(k-1).lower == "by" {
			k -= 2 // "told Al Jazeera by phone on Monday"
		}
	}
	if d.tok(k).lower == "reporters" || d.tok(k).lower == "journalists" {
		k--
	} else if j := d.statementMedium(k); j >= 0 {
		k = j // "said in a statement on Thursday": the day of the saying
	} else if sp, ok := d.spanEntity(k); ok && sp.hi == k+1 && sp.ent != nil && sp.ent.typ == graph.Organization && d.tok(sp.lo-1).lower == "told" {
		k = sp.lo - 1 // "told Reuters on Monday": the day of the telling
	}
	switch d.tok(k).lower {
	case "said", "says", "told", "added", "noted", "reported", "wrote", "tweeted", "stated":
		return true
	case "announced", "confirmed":
		return d.attributionTail(k, de)
	}
	return false
}

// attachCounts gives each casualty figure to the attack it reports: one in
// the same sentence, else the latest attack of the paragraph. The first
// figure of an attack stays its value.
func (d *doc) attachCounts() {
	for _, c := range d.counts {
		var best *eventMention
		bestDist := 1 << 30
		earlier := false
		for _, m := range d.sentMentions(c.sent) {
			if !tollBearer(m) {
				continue
			}
			if d.earlierCause(m, c) || m.lo == c.key && d.cumulative(c) {
				// A running toll ("11 people have been killed since the
				// vote") is of the war or campaign its sentence names, not
				// of the event its own verb would join.
				earlier = true
				continue
			}
			dist := abs(m.lo - c.key)
			if d.beforeClauseBetween(min(m.lo, c.key), max(m.lo, c.key)) {
				// "struck X, killing 12, days after a bombing killed 20":
				// a toll stays on its side of the dating clause.
				dist += 1 << 10
			}
			if m.mod != graph.Asserted {
				// "marched on Wednesday demanding ..., and clashes left one
				// dead": a toll is of what happened, over one only feared.
				dist += 1 << 20
			}
			if dist < bestDist {
				best, bestDist = m, dist
			}
		}
		if best == nil && !earlier && !d.cumulative(c) {
			for k := d.evStart[c.sent] - 1; k >= 0 && k >= d.evStart[c.sent]-50; k-- {
				m := d.evs[k]
				if best != nil && m.sent != best.sent {
					break
				}
				if (m.typ == graph.Attack || m.typ == graph.Protest) && d.sents[m.sent].para >= d.sents[c.sent].para-1 {
					best = m
					if !d.toldAsBefore(m) {
						break
					}
					// "fired missiles late on Tuesday, a day after warplanes
					// struck a site": the toll told next is of the main event.
				}
			}
		}
		if best != nil && best.typ == graph.Attack && d.bareDefinite(best) {
			// "40 people were injured in the clashes": the toll of the
			// protest told just before.
			if p := d.earlierProtest(best, c.injured); p != nil {
				best = p
			}
		}
		if best == nil {
			continue
		}
		cnt := c.count
		// The first figure stays unless a later one outranks it: "wounded
		// dozens more" then "47 were treated for wounds".
		if c.injured {
			if d.outranks(&cnt, best.injured) {
				best.injured = &cnt
			}
		} else if d.outranks(&cnt, best.killed) {
			best.killed = &cnt
			if d.ownClaim(c) {
				d.markOwnClaim(&cnt)
			}
		}
	}
}

// earlierProtest returns the asserted protest whose clashes a bare
// definite mention tells: the latest one named with its actors or place in
// the two sentences before, without a toll of that kind yet.
func (d *doc) earlierProtest(m *eventMention, injured bool) *eventMention {
	for k := d.evStart[m.sent] - 1; k >= 0; k-- {
		p := d.evs[k]
		if p.sent < m.sent-2 {
			break
		}
		if p.typ != graph.Protest || p.mod != graph.Asserted || p.bare() || d.toldAsBefore(p) {
			continue
		}
		if injured && p.injured != nil || !injured && p.killed != nil {
			return nil
		}
		return p
	}
	return nil
}

// toldAsBefore reports whether a mention stands in a clause that dates it
// against another event ("a day after warplanes struck", "since the
// coup"): background to its sentence.
func (d *doc) toldAsBefore(m *eventMention) bool {
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k >= lo && k >= m.lo-8; k-- {
		switch d.toks[k].lower {
		case "after", "before", "since", "following":
			return true
		}
	}
	return false
}

// background reports whether an event is only told as what came before
// another of its sentence: every mention of it is.
func (d *doc) background(e *event) bool {
	for _, m := range e.mentions {
		if !d.toldAsBefore(m) {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// speechBetween reports whether a speech verb stands in [lo, hi).
func (d *doc) speechBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if speechVerbs[d.toks[k].lower] && d.spanAt[k] == 0 {
			return true
		}
	}
	return false
}
