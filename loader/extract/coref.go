package extract

import (
	"sort"
	"strings"

	"github.com/geokg/geokg/graph"
)

// event is one happening of the article: the mentions that corefer.
type event struct {
	typ      graph.EventType
	mentions []*eventMention
	sents    []int
	date     *graph.Date
	loc      *entity
	perp     *entity
	parts    []*entity
	killed   *graph.Count
	injured  *graph.Count
	mod      graph.Modality
	duration string
	id       string
}

// corefEvents merges mentions of one happening. A mention joins the latest
// event of its type when it names nothing of its own ("the attack"), or
// when their places, dates and modality agree and they share a participant
// or a place. Otherwise it starts a new event.
func (d *doc) corefEvents() {
	for _, m := range d.evs {
		var into *event
		// Coreference is local: only the latest events are candidates,
		// which also keeps long texts linear.
		fresh := d.marksNew(m)
		if m.typ == graph.Agreement && m.bare() && d.tok(m.lo-1).lower == "the" {
			// "committed to the deal" after "a ceasefire agreement": the
			// latest agreement of either kind.
			for k := len(d.events) - 1; k >= 0 && k >= len(d.events)-10; k-- {
				if e := d.events[k]; e.typ == graph.Ceasefire || e.typ == graph.Agreement {
					into = e
					break
				}
			}
		}
		for k := len(d.events) - 1; into == nil && k >= 0 && k >= len(d.events)-40; k-- {
			e := d.events[k]
			if e.typ != m.typ {
				continue
			}
			if fresh && e.mentions[len(e.mentions)-1].sent != m.sent {
				break // "also held talks", "a new round": another event than before
			}
			if e.typ == graph.Agreement && d.tok(m.lo-1).lower == "the" && m.loc == nil && m.date == nil {
				into = e // "The deal, signed by ...": the agreement just reported
				break
			}
			if e.typ == graph.Statement && !strings.EqualFold(m.noun, e.mentions[0].noun) && !(m.date != nil && e.date != nil && m.date.date.Start == e.date.Start) {
				continue
			}
			if (m.bare() || d.anaphoric(m)) && (sameMood(m.mod, e.mod) || m.mod == graph.Asserted || m.mod == graph.Denied || m.typ == graph.Attack) && datesMeet(m, e) {
				into = e
				break
			}
			if len(m.parts) == 0 && m.typ != graph.Statement && (m.loc == nil || e.loc != nil && placesMeet(m.loc, e.loc) || e.loc == nil && m.typ != graph.Attack) &&
				datesMeet(m, e) && (sameMood(m.mod, e.mod) || m.typ != graph.Meeting) {
				// "The delegations met in Istanbul": no party of its own, so
				// the latest event of its kind.
				into = e
				break
			}
			if d.compatible(e, m) {
				into = e
				break
			}
		}
		if into == nil {
			into = &event{typ: m.typ, mod: m.mod}
			d.events = append(d.events, into)
		}
		into.add(d, m)
	}
	for _, e := range d.events {
		sort.Ints(e.sents)
	}
}

// marksNew reports whether words before a trigger say it is another event
// than those before: "also held discussions", "a separate attack".
func (d *doc) marksNew(m *eventMention) bool {
	for k := max(0, m.lo-4); k < m.lo; k++ {
		switch d.toks[k].lower {
		case "also", "another", "separate", "separately", "second", "new", "earlier", "previous", "latest":
			return !d.anaphoric(m)
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
	if last := e.mentions[len(e.mentions)-1]; last.sent == m.sent && (len(m.parts) == 0 || len(last.parts) == 0) &&
		(m.loc == nil || e.loc == nil || placesMeet(m.loc, e.loc)) && sameMood(m.mod, e.mod) {
		return true // "will meet in Jeddah for a new round of talks": one meeting
	}
	if m.mod != e.mod && !(m.mod == graph.Asserted || e.mod == graph.Asserted) {
		return false
	}
	if (m.mod == graph.Asserted) != (e.mod == graph.Asserted) && e.typ == graph.Meeting {
		return false
	}
	if m.date != nil && e.date != nil && m.date.date.Precision == graph.Day && e.date.Precision == graph.Day && m.date.date.Start != e.date.Start {
		return false
	}
	if m.loc != nil && e.loc != nil && !placesMeet(m.loc, e.loc) {
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
	if e.typ == graph.Meeting && !samePlace && len(m.parts) > 0 && len(e.parts) > 0 && !subset(m.parts, e.parts) && !subset(e.parts, m.parts) {
		return false // other parties: another meeting
	}
	if (e.typ == graph.Attack || e.typ == graph.Sanction) && m.perp != nil && e.perp != nil && m.perp != e.perp {
		return false
	}
	if e.typ == graph.Attack && (len(m.perps) >= 2) != e.mutual() {
		return false // an exchange of fire is not one side's strike
	}
	if e.typ == graph.Statement && !(m.date != nil && e.date != nil && m.date.date.Start == e.date.Start) &&
		!strings.EqualFold(m.noun, e.mentions[0].noun) {
		return false // a post and a briefing by one speaker are two statements
	}
	if e.typ == graph.Attack && (m.perp != nil && m.perp == e.perp) {
		shared = true
	}
	return shared
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

// maxParticipants bounds an event's parties, so that a text repeating one
// event many times stays linear.
const maxParticipants = 24

// weak reports whether an event is only talked about, by no one and
// nowhere: "a larger peace deal" in passing.
func (e *event) weak() bool {
	return e.mod != graph.Asserted && len(e.parts) == 0 && e.loc == nil && e.date == nil
}

func subset(a, b []*entity) bool {
	for _, x := range a {
		if !hasEntity(b, x) {
			return false
		}
	}
	return true
}

func (e *event) mutual() bool {
	for _, m := range e.mentions {
		if len(m.perps) >= 2 {
			return true
		}
	}
	return false
}

func (e *event) add(d *doc, m *eventMention) {
	m.ev = e
	e.mentions = append(e.mentions, m)
	if !containsInt(e.sents, m.sent) {
		e.sents = append(e.sents, m.sent)
	}
	if m.date != nil && !m.date.bound {
		if e.date == nil || precisionRank(m.date.date.Precision) < precisionRank(e.date.Precision) {
			dt := m.date.date
			e.date = &dt
		}
	}
	if m.loc != nil {
		// The most specific place wins: a city over its country.
		if e.loc == nil || e.loc.typ == graph.Country && m.loc.typ != graph.Country {
			e.loc = m.loc
		}
	}
	if e.perp == nil {
		e.perp = m.perp
	}
	if m.mod != graph.Denied || len(e.mentions) == 1 {
		for _, p := range m.parts {
			if len(e.parts) < maxParticipants {
				e.parts = appendUnique(e.parts, p)
			}
		}
	}
	if e.killed == nil {
		e.killed = m.killed
	}
	if e.injured == nil {
		e.injured = m.injured
	}
	if e.mod != graph.Asserted && m.mod == graph.Asserted && !m.bare() {
		e.mod = graph.Asserted
	}
	if e.duration == "" {
		e.duration = d.durationNear(m)
	}
}

func precisionRank(p graph.Precision) int {
	return map[graph.Precision]int{graph.Day: 0, graph.Week: 1, graph.Month: 2, graph.Year: 3}[p]
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

var durationUnits = setOf("hour", "hours", "day", "days", "week", "weeks", "month", "months", "minute", "minutes", "year", "years")

// durationNear reads "four-hour", "about two hours", "30-day", "four days
// of" right around a trigger.
func (d *doc) durationNear(m *eventMention) string {
	s := d.sents[m.sent]
	for k := max(s.lo, m.lo-6); k < min(s.hi, m.hi+6); k++ {
		t := d.toks[k]
		if !durationUnits[t.lower] {
			continue
		}
		j := k - 1
		if d.tok(j).text == "-" {
			j--
		}
		n := d.tok(j)
		if n.kind != tokNumber && numberWords[n.lower] == 0 {
			continue
		}
		if d.tok(j-1).lower == "about" || d.tok(j-1).lower == "around" || d.tok(j-1).lower == "nearly" {
			j--
		}
		return d.spanText(j, k+1)
	}
	return ""
}

// node renders the event for the graph, keeping only references to
// entities the article reports.
func (e *event) node(d *doc, reported map[string]bool) graph.Event {
	out := graph.Event{Type: e.typ, Modality: e.mod, Duration: e.duration}
	if out.Modality == "" {
		out.Modality = graph.Asserted
	}
	if e.date != nil {
		out.Date = *e.date
	}
	if e.loc != nil && reported[e.loc.id] {
		out.LocationID = e.loc.id
	}
	if e.perp != nil && reported[e.perp.id] {
		out.PerpetratorID = e.perp.id
	}
	var names []string
	for _, p := range e.parts {
		if reported[p.id] {
			out.ParticipantIDs = append(out.ParticipantIDs, p.id)
			names = append(names, shortName(p))
		}
	}
	sort.Strings(out.ParticipantIDs)
	if e.killed != nil {
		c := *e.killed
		out.Killed = &c
	}
	if e.injured != nil {
		c := *e.injured
		out.Injured = &c
	}
	out.Name = e.title(names)
	out.Confidence = e.confidence()
	actors := out.ParticipantIDs
	if out.PerpetratorID != "" {
		// Who acted tells apart two events among the same parties on one
		// day: sanctions and the counter-sanctions.
		actors = append(append([]string(nil), actors...), "perpetrator="+out.PerpetratorID)
	}
	out.ID = graph.EventID(e.typ, out.Date.Day(), out.LocationID, actors, out.Name)
	if reported[out.ID] {
		// Two readings that name the same event by type, day, place and
		// actors are one node.
		e.id = out.ID
		return graph.Event{}
	}
	e.id = out.ID
	return out
}

// title names the event the way an analyst would: "Putin–Witkoff meeting in
// St. Petersburg", "Sumy attack".
func (e *event) title(names []string) string {
	noun := strings.ToLower(e.mentions[0].noun)
	for _, m := range e.mentions {
		if !m.verb {
			noun = strings.ToLower(m.noun)
			break
		}
	}
	if e.mentions[0].verb && noun == strings.ToLower(e.mentions[0].noun) {
		noun = strings.ToLower(string(e.typ))
	}
	var b strings.Builder
	if e.mod == graph.Possible || e.mod == graph.Conditional {
		b.WriteString("Possible ")
	}
	if len(names) > 0 {
		if len(names) > 3 {
			names = names[:3]
		}
		b.WriteString(strings.Join(names, "–"))
		b.WriteByte(' ')
	}
	b.WriteString(noun)
	if e.loc != nil {
		b.WriteString(" in ")
		b.WriteString(e.loc.name)
	}
	return b.String()
}

func (e *event) confidence() float64 {
	c := 0.5 + 0.1*float64(len(e.mentions))
	if e.loc != nil || len(e.parts) > 0 {
		c += 0.1
	}
	return min(c, 0.9)
}
