package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// warSubject reports whether a war word stands before the kill verb of m in
// its sentence: "two civil wars killed millions" is a toll of
// those wars, not of the attack reported before.
func (d *doc) warSubject(m *eventMention) bool {
	for k := d.sents[m.sent].lo; k < m.lo; k++ {
		if warWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// samePerp reports whether two perpetrators are one side: the same actor,
// or a leader and the state a title gives him ("U.S. President Donald
// Trump" and the United States).
func (d *doc) samePerp(a, b *entity) bool {
	if a == b {
		return true
	}
	if a.typ == graph.Person && b.typ == graph.Country {
		return d.titleState(a) == b
	}
	if b.typ == graph.Person && a.typ == graph.Country {
		return d.titleState(b) == a
	}
	if a.typ == graph.Organization && b.typ == graph.Country {
		return d.bodyState(a) == b
	}
	if b.typ == graph.Organization && a.typ == graph.Country {
		return d.bodyState(b) == a
	}
	return false
}

// bodyState returns the state whose force or organ an organization is:
// "the Israeli military" acts for Israel, so its strike is Israel's.
// Groups of their own (a militia, a party) give nil unless the gazetteer
// files them under a state's forces.
func (d *doc) bodyState(o *entity) *entity {
	if o.typ != graph.Organization {
		return nil
	}
	if o.kind == "armed forces" && o.country != "" {
		return d.countryByCode(o.country)
	}
	for _, si := range o.spans {
		sp := d.spans[si]
		if !(forceHeads[d.toks[sp.hi-1].lower] || d.toks[sp.hi-1].lower == "military" || d.defenceMinistry(sp)) {
			continue
		}
		at := sp.lo
		if d.tok(at-1).lower == "'s" {
			at--
		}
		c := d.spanBefore(at)
		if c != nil && (c.hi == sp.lo || c.hi == sp.lo-1) && c.ent != nil && c.ent.typ == graph.Country {
			return c.ent // "the Israeli military", "Russia's Defence Ministry"
		}
		for i := sp.lo; i < sp.hi-1; i++ {
			for _, e := range d.fittingGaz(i, 1) {
				if e.typ == graph.Country && e.form == formDemonym {
					return d.countryByCode(e.code)
				}
			}
		}
	}
	return nil
}

// defenceMinistry reports whether a span names a ministry of defence, the
// organ that speaks for a state's forces: "it had carried out a strike"
// said by Russia's Defence Ministry is Russia's strike.
func (d *doc) defenceMinistry(sp span) bool {
	defence, ministry := false, false
	for k := sp.lo; k < sp.hi; k++ {
		switch d.toks[k].lower {
		case "defence", "defense":
			defence = true
		case "ministry":
			ministry = true
		}
	}
	return defence && ministry
}

// titleState returns the state named in a title before a person's name:
// "Kenyan President William Ruto" gives Kenya.
func (d *doc) titleState(p *entity) *entity { return d.titleStateOf(p, nil) }

// titleStateOf is titleState over titles headed by one of heads only, or
// by any word when heads is nil.
func (d *doc) titleStateOf(p *entity, heads map[string]bool) *entity {
	for _, si := range p.spans {
		r := d.spanBefore(d.spans[si].lo)
		if r == nil || r.kind != spanRole || heads != nil && !heads[d.toks[r.hi-1].lower] {
			continue
		}
		if c := d.spanBefore(r.lo); c != nil && c.ent != nil && c.ent.typ == graph.Country {
			return c.ent
		}
	}
	return nil
}

// sameKind reports whether m can name e at all: "Other" events corefer
// only when their words name one kind of happening (a war, a missile test,
// a vote, a halt of supplies).
func (d *doc) sameKind(e *event, m *eventMention) bool {
	if e.typ != graph.OtherEvent {
		return !d.votesApart(e, m)
	}
	k := otherKind(m.noun)
	for _, o := range e.mentions {
		if otherKind(o.noun) == k {
			return true
		}
	}
	return false
}

// otherKinds group the words of "Other" events by the happening they name.
// A word or phrase whose head already stems to its kind ("waged war",
// "disarmed") needs no entry: otherKind falls back on headKey. Every word
// of an expulsion, verb or noun, is of one kind.
var otherKinds = mapTo(map[string]string{
	"war": "war", "wars": "war", "conflict": "war", "insurgency": "war", "civil war": "war", "fighting": "war",
	"clashes": "war", "hostilities": "war", "combat": "war",
	"test": "test", "tests": "test", "tested": "test", "test-fired": "test", "launch": "test", "launches": "test",
	"launched": "test", "fired": "test",
	"voted": "vote", "vote": "vote", "resolution": "vote",
	"halted": "halt", "suspended": "halt", "cut off": "halt", "cut": "halt",
	"drills": "drill", "exercise": "drill", "military drills": "drill", "exercises": "drill", "military exercises": "drill", "war games": "drill",
	"joint drill": "drill", "air drill": "drill", "naval drills": "drill",
	"coup": "coup", "coups": "coup", "coup attempt": "coup", "putsch": "coup", "coup plot": "coup", "coup plots": "coup",
	"plot to overthrow": "coup", "plot to topple": "coup",
	"seized power": "coup", "seizes power": "coup", "seizing power": "coup", "took power": "coup", "takes power": "coup",
	"taken power": "coup", "takeover": "coup", "deposed": "coup", "deposes": "coup", "ousted": "coup", "overthrew": "coup",
	"toppled": "coup", "control": "coup",
	"withdrawal": "withdraw", "withdraw": "withdraw", "withdraws": "withdraw", "withdrew": "withdraw", "withdrawn": "withdraw",
	"withdrawing": "withdraw", "pullout": "withdraw", "pull-out": "withdraw", "pull back": "withdraw",
	"pulled back": "withdraw", "pulls back": "withdraw",
	"resigned": "resign", "resigns": "resign", "resignation": "resign", "stepped down": "resign",
	"disarmament": "disarm",
	"recognition": "recognise", "recognised": "recognise", "recognized": "recognise", "recognize": "recognise",
	"recognises": "recognise", "recognizes": "recognise", "recognising": "recognise", "recognizing": "recognise",
}, withVerbs(setOf(expelNouns...), expelVerb), expelVerb)

func otherKind(noun string) string {
	w := strings.ToLower(noun)
	if k, ok := otherKinds[w]; ok {
		return k
	}
	return headKey(w)
}

// mayLieIn reports whether attack mention m, placed where the gazetteer
// cannot tell the country, may still be event e by the same side: "troops
// raided the village of X" after "a raid in southern Syria". A place whose
// country is known and differs stays apart (placedAt decides those).
func (d *doc) mayLieIn(e *event, m *eventMention) bool {
	if e.typ != graph.Attack || m.loc == nil || m.loc.typ != graph.Location || m.loc.country != "" || wideKinds[m.loc.kind] {
		return false
	}
	if e.loc.typ == graph.Location && e.loc.country == "" {
		return false // two unplaced sites: nothing says one is in the other
	}
	if e.loc.typ == graph.Country && e.last().sent >= m.sent-2 && d.retellsAttack(m) {
		return true // "killed three workers in southern Ruritania ... The attackers fired on the camp in the X district"
	}
	return m.perp != nil && e.perp != nil && d.samePerp(m.perp, e.perp) && e.last().sent >= m.sent-6
}

// retellsAttack reports whether an attack mention points back to one told
// before: "the assault" or "the attackers fired".
func (d *doc) retellsAttack(m *eventMention) bool {
	if !m.verb {
		return d.definite(m)
	}
	j := d.subjectWordBefore(m.lo, 0)
	return unnamedSubjects[d.tok(j).lower] && d.tok(j-1).lower == "the"
}

// sameCoup returns the seizure of power a mention retells: "soldiers
// seized power ... the junta said it had deposed the president" is one
// coup. A date of its own or a year that clashes sets it apart.
func (d *doc) sameCoup(m *eventMention) *event {
	if m.typ != graph.OtherEvent || otherKind(m.noun) != "coup" || m.mod != graph.Asserted {
		return nil
	}
	for k := len(d.events) - 1; k >= 0 && k >= len(d.events)-10; k-- {
		e := d.events[k]
		if e.typ != graph.OtherEvent || !d.sameKind(e, m) {
			continue
		}
		if e.mod != graph.Asserted || e.last().sent < m.sent-8 || !datesMeet(m, e) || d.yearsClash(e, m) {
			return nil
		}
		if m.date != nil && (e.date == nil || !strings.HasPrefix(e.date.Start, m.date.date.Start) && !strings.HasPrefix(m.date.date.Start, e.date.Start)) {
			return nil // "had been ousted in 1964": a coup of its own time
		}
		return e
	}
	return nil
}

// joinVerbs take a gathering already under way as object: "is expected
// to join the talks", "will attend the summit".
var joinVerbs = verbSet("join", "attend")

// joinedMeeting returns the meeting a "join the talks" mention points at:
// a newcomer to talks reported before, even on a later day of them.
func (d *doc) joinedMeeting(m *eventMention) *event {
	if m.typ != graph.Meeting || m.verb {
		return nil
	}
	k := m.lo - 1
	for n := 0; n < 3 && k > 0 && d.toks[k].lower != "the" && d.toks[k].kind == tokWord && !d.trigAt[k]; n++ {
		k-- // "did not attend the contact group meeting": the group's name stands between
	}
	if d.tok(k).lower != "the" || !joinVerbs[d.tok(k-1).lower] {
		return nil
	}
	key := headKey(m.noun)
	return d.recentEvent(10, func(e *event) bool {
		if e.typ != graph.Meeting || e.last().sent < m.sent-6 {
			return false
		}
		for _, o := range e.mentions {
			if headKey(o.noun) == key {
				return true
			}
		}
		return false
	})
}
