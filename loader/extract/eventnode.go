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
	// backdrop marks an event split off by its own earlier month or year.
	backdrop bool
}

// maxParticipants bounds an event's parties, so that a text repeating one
// event many times stays linear.
const maxParticipants = 24

// weak reports whether an event is only talked about, by no one and
// nowhere: "some wider settlement" in passing.
func (e *event) weak() bool {
	if e.typ == graph.Attack && e.mod != graph.Asserted && len(e.parts) == 0 && e.perp == nil && e.date == nil {
		return true // "should they be attacked in the Baltic Sea"
	}
	return e.mod != graph.Asserted && len(e.parts) == 0 && e.loc == nil && e.date == nil
}

// askedSubject reports whether e is an inquiry asked for into a named
// thing, which stands with no party named.
func (e *event) askedSubject() bool {
	for _, m := range e.mentions {
		if m.subject {
			return true
		}
	}
	return false
}

// last returns the mention that tells e latest in the text.
func (e *event) last() *eventMention {
	return e.mentions[len(e.mentions)-1]
}

// war reports whether e is a war or armed conflict rather than one strike.
func (e *event) war() bool {
	return e.typ == graph.OtherEvent && warTrigger(e.mentions[0].noun)
}

// disaster reports whether e is an accident or natural disaster, which
// takes the toll stated with it.
func (e *event) disaster() bool {
	return e.typ == graph.OtherEvent && disasterWords[strings.ToLower(e.mentions[0].noun)]
}

var disasterWords = setOf("collapse", "collapsed", "earthquake", "quake", "landslide", "landslides", "floods",
	"flooding", "derailment", "derailed", "stampede", "crash", "crashed", "fire", "sinking", "capsized", "capsizing")

var warWords = setOf("war", "wars", "conflict", "insurgency", "civil war")

// fightingWords name armed clashes without saying who struck whom.
var fightingWords = setOf("fighting", "clashes", "hostilities", "combat")

func sharesEntity(a, b []*entity) bool {
	for _, x := range a {
		if hasEntity(b, x) {
			return true
		}
	}
	return false
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
		// The most specific place wins: a city over its country or region,
		// else the first named.
		if e.loc == nil || e.loc.typ == graph.Country && m.loc.typ != graph.Country ||
			e.loc.kind == "region" && m.loc.typ == graph.Location && m.loc.kind != "region" && (m.loc.country == "" || m.loc.country == e.loc.country) {
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
	if e.killed == nil || m.killed != nil && d.outranks(m.killed, e.killed) {
		e.killed = m.killed
	}
	if e.injured == nil || m.injured != nil && d.outranks(m.injured, e.injured) {
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
	if a, ok := e.kindActor(); ok {
		actors = append(append([]string(nil), actors...), a)
	}
	if e.backdrop && e.date != nil && out.Date.Day() == "" {
		// An earlier act told by its year is not the day's act at the same
		// place that has no date yet.
		actors = append(append([]string(nil), actors...), "time="+e.date.Start)
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

// genericAttackNouns name an attack without saying what kind it was:
// "the killings" after "a raid" names the raid.
var genericAttackNouns = setOf("attack", "attacks", "assault", "assaults", "raid", "raids", "incident", "killing", "killings")

// title names the event the way an analyst would: "Xi–Lula meeting in
// Brasília", "Kharkiv attack".
func (e *event) title(names []string) string {
	first := e.mentions[0]
	for _, m := range e.mentions {
		if m.typ == e.typ {
			first = m // "Kyiv's proposal to meet": the meeting's word, not the proposal's
			break
		}
	}
	noun := strings.ToLower(first.noun)
	for _, m := range e.mentions {
		if !m.verb && m.typ == e.typ {
			noun = strings.ToLower(m.noun)
			break
		}
	}
	noun = strings.TrimSuffix(e.eventNoun(noun), " against") // "campaign against" is read with its preposition
	if e.typ == graph.Attack && genericAttackNouns[noun] {
		// "the attack" then "carried out the bombing": the kind is the
		// better name.
		for _, m := range e.mentions {
			if w := strings.ToLower(m.noun); !m.verb && !genericAttackNouns[w] && !mutualTriggers[w] {
				noun = w
				break
			}
		}
	}
	if first.verb && noun == strings.ToLower(first.noun) {
		if n := actionNoun(e.typ, noun); n != "" {
			noun = n
		} else {
			noun = strings.ToLower(string(e.typ))
		}
	}
	var b strings.Builder
	if e.mod == graph.Possible || e.mod == graph.Conditional {
		b.WriteString("Possible ")
	}
	if len(names) == 1 && e.loc != nil && names[0] == e.loc.name {
		names = nil // "war in Ukraine", not "Ukraine war in Ukraine"
	}
	if len(names) > 0 {
		if len(names) > 3 {
			names = names[:3]
		}
		b.WriteString(strings.Join(names, "–"))
		b.WriteByte(' ')
	}
	for _, m := range e.mentions {
		if m.qualifier != "" && !m.verb {
			b.WriteString(m.qualifier)
			b.WriteByte(' ')
			break
		}
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
