package extract

import (
	"github.com/geokg/geokg/graph"
)

// nodeRef is an end of a relation: an entity or an event.
type nodeRef struct {
	ent *entity
	ev  *event
}

func (n nodeRef) id() string {
	switch {
	case n.ent != nil:
		return n.ent.id
	case n.ev != nil:
		return n.ev.id
	}
	return ""
}

func ent(e *entity) nodeRef { return nodeRef{ent: e} }

func evt(e *event) nodeRef { return nodeRef{ev: e} }

// claim is one relation the article states, before ids are final.
type claim struct {
	src, dst nodeRef
	typ      graph.RelationType
	mod      graph.Modality
	sent     int
	conf     float64
	role     string
	speaker  *entity
}

func (d *doc) addClaim(c claim) {
	if c.src.ent == nil && c.src.ev == nil || c.dst.ent == nil && c.dst.ev == nil {
		return
	}
	if c.src.ent != nil && c.src.ent == c.dst.ent || c.src.ev != nil && c.src.ev == c.dst.ev {
		return
	}
	if c.mod == "" {
		c.mod = graph.Asserted
	}
	if c.speaker == nil {
		c.speaker = d.speakerOf(c.sent)
	}
	d.claims = append(d.claims, c)
}

// verb classes of relations stated by a predicate.
var (
	criticizeVerbs = setOf("criticized", "criticised", "criticizing", "criticising", "criticize", "criticise",
		"criticizes", "slammed", "slamming", "slams", "slam", "blamed", "blaming", "blames", "blame", "accused",
		"accusing", "accuses", "accuse", "lambasted", "rebuked", "chided", "castigated", "berated", "described")
	condemnVerbs = setOf("condemned", "condemning", "condemns", "condemn", "denounced", "denouncing",
		"denounces", "denounce", "decried", "deplored")
	demandVerbs = setOf("demanded", "demanding", "demands", "demand", "urged", "urging", "urges", "urge",
		"insisted", "insisting", "pressed", "press", "pressing", "must", "push", "pushing")
	rejectVerbs   = setOf("rejected", "rejecting", "rejects", "reject", "refused", "refusing", "refuses", "dismissed", "ruled")
	offerVerbs    = setOf("offered", "offering", "offers", "offer", "proposed", "proposing", "proposes", "propose")
	agreeVerbs    = setOf("agreed", "agree", "agrees", "agreeing", "signed", "signs", "sign", "accepted", "accepts", "accept", "reached")
	threatenVerbs = setOf("threatened", "threatening", "threatens", "threaten")
	aidNouns      = setOf("aid", "assistance", "weapons", "arms", "funding", "loans", "support", "equipment", "ammunition")
)

// findRelations states the relations of events, predicates, titles and
// place names.
func (d *doc) findRelations() {
	for _, a := range d.agrees {
		for _, e := range a.subjects {
			if a.target.ev != nil {
				d.addClaim(claim{src: ent(e), dst: evt(a.target.ev), typ: a.typ, mod: a.mod, sent: a.sent, conf: 0.65})
			}
		}
	}
	d.eventRelations()
	d.titleRelations()
	d.placeRelations()
	for si, s := range d.sents {
		if s.heading {
			continue
		}
		for k := s.lo; k < s.hi; k++ {
			d.predicateAt(k, si)
		}
		d.conditionRelations(si)
	}
}

// eventRelations: who took part, where, who attacked whom.
func (d *doc) eventRelations() {
	for _, m := range d.evs {
		e := m.ev
		if e == nil {
			continue
		}
		conf := 0.6
		switch m.typ {
		case graph.Meeting, graph.Election:
			for _, p := range m.parts {
				d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.ParticipatedIn, mod: m.mod, sent: m.sent, conf: conf})
			}
			for _, pr := range m.pairs {
				d.addClaim(claim{src: ent(pr[0]), dst: ent(pr[1]), typ: graph.MetWith, mod: m.mod, sent: m.sent, conf: 0.7})
			}
		case graph.Attack:
			for _, p := range m.perps {
				if len(m.perps) < 2 {
					break
				}
				d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.Perpetrated, mod: m.mod, sent: m.sent, conf: 0.6})
				for _, q := range m.perps {
					if q != p {
						d.addClaim(claim{src: ent(p), dst: ent(q), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.5})
					}
				}
			}
			if m.perp != nil {
				d.addClaim(claim{src: ent(m.perp), dst: evt(e), typ: graph.Perpetrated, mod: m.mod, sent: m.sent, conf: 0.7})
				for _, t := range m.targets {
					d.addClaim(claim{src: ent(m.perp), dst: ent(t), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.7})
				}
				if m.loc != nil && m.loc != m.perp {
					d.addClaim(claim{src: ent(m.perp), dst: ent(m.loc), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.6})
				}
			}
			d.attackPlaces(m)
		case graph.Sanction:
			for _, t := range m.targets {
				for _, p := range append([]*entity{m.perp}, m.perps...) {
					if p != nil && p != t {
						d.addClaim(claim{src: ent(p), dst: ent(t), typ: graph.Sanctioned, mod: m.mod, sent: m.sent, conf: 0.7})
					}
				}
			}
		case graph.Agreement:
			if m.verb && m.mod == graph.Asserted {
				// "Israel and Hamas exchanged hostages for prisoners"
				for _, p := range m.parts {
					d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.Agreed, mod: m.mod, sent: m.sent, conf: 0.6})
				}
			}
		case graph.Proposal:
			if m.mod == graph.Possible || m.mod == graph.Conditional {
				if src := d.proposer(m); src != nil {
					d.addClaim(claim{src: ent(src), dst: evt(e), typ: graph.Offered, mod: m.mod, sent: m.sent, conf: 0.5})
				}
			}
		}
		if m.loc != nil {
			d.addClaim(claim{src: evt(e), dst: ent(m.loc), typ: graph.OccurredIn, mod: m.mod, sent: m.sent, conf: 0.7})
		}
	}
}

// attackPlaces: every place an attack's sentence lists as hit ("strikes hit
// eight regions — including Kyiv, Odesa ...") is where it occurred.
func (d *doc) attackPlaces(m *eventMention) {
	s := d.sents[m.sent]
	for k := m.hi; k < s.hi; k++ {
		if d.trigAt[k] {
			return
		}
		sp, ok := d.spanEntity(k)
		if !ok {
			continue
		}
		k = sp.hi - 1
		if sp.ent == nil || sp.ent.typ != graph.Location || sp.ent == m.loc {
			continue
		}
		switch d.tok(sp.lo - 1).lower {
		case "in", "on", "including", ",", "and", "at", "hit", "struck":
			d.addClaim(claim{src: evt(m.ev), dst: ent(sp.ent), typ: graph.OccurredIn, mod: m.mod, sent: m.sent, conf: 0.5})
		}
	}
}

// proposer is who offers a proposal: the sentence's speaker, else its first
// acting entity.
func (d *doc) proposer(m *eventMention) *entity {
	if sp := d.speakerOf(m.sent); sp != nil {
		return sp
	}
	s := d.sents[m.sent]
	for k := s.lo; k < m.lo; k++ {
		if sp, e := d.actorAt(k); e != nil && !d.isModifierActor(sp) {
			if e.typ == graph.Country && sp.country && !d.isSubject(sp) {
				k = sp.hi - 1
				continue
			}
			return e
		} else if sp != nil {
			k = sp.hi - 1
		}
	}
	return nil
}

// isSubject reports whether a verb follows the span.
func (d *doc) isSubject(sp *span) bool {
	return subjectVerbs[d.tok(sp.hi).lower]
}

// subjectBefore returns the actor acting at predicate k: the nearest actor
// before it in its clause, else a pronoun's person, else the quoted speaker.
func (d *doc) subjectBefore(k, si int) *entity {
	lo, _ := d.clause(k)
	for j := k - 1; j >= lo; j-- {
		if sp, e := d.actorAt(j); e != nil {
			if !d.isModifierActor(sp) && !d.isObject(sp) {
				return e
			}
			j = sp.lo
			continue
		} else if sp != nil {
			j = sp.lo
			continue
		}
		if pronouns[d.toks[j].lower] {
			return d.lastPerson(j)
		}
	}
	return d.speakerOf(si)
}

// isObject reports whether an actor follows a verb or preposition, so it is
// not the subject of a later predicate: "X accused Rwanda ... and called
// for sanctions" is X calling.
func (d *doc) isObject(sp *span) bool {
	p := d.tok(sp.lo - 1)
	if p.lower == "the" {
		p = d.tok(sp.lo - 2)
	}
	if p.text == "" || p.kind != tokWord || p.cap || d.spanAt[max(sp.lo-1, 0)] != 0 {
		return false
	}
	if d.tok(sp.hi).lower == "'s" {
		return false // "Egypt's push to secure a ceasefire": Egypt pushes
	}
	switch p.lower {
	case "and", "but", "then", "also", "while", "as", "that", "when", "after", "before", "because", "if", "whether",
		"is", "was", "are", "were", "be", "been":
		return false
	}
	return true
}

// objectsAfter returns the events and actors after predicate k in its
// clause, in order, stopping at a second predicate.
func (d *doc) objectsAfter(k int) (evs []*event, actors []*entity) {
	_, hi := d.clause(k)
	for j := k + 1; j < hi; j++ {
		if m := d.evAt[j]; m != nil && m.ev != nil {
			evs = append(evs, m.ev)
		}
		if sp, e := d.actorAt(j); e != nil {
			if !d.isModifierActor(sp) && !d.isSpeaker(sp) && d.prevWord(sp.lo) != "in" {
				actors = appendUnique(actors, e) // not "the Taliban government in Afghanistan"
			}
			j = sp.hi - 1
		} else if sp != nil {
			j = sp.hi - 1
		}
	}
	return evs, actors
}
