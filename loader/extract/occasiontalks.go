package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// occasionWords put what a sentence tells on the occasion of a meeting:
// "signed the accord after talks with X", "said during a meeting with Y".
var occasionWords = setOf("after", "during", "following")

// occasionSkip may stand between an occasion word and the meeting word:
// "after a 90-minute meeting", "after two days of talks", "after summit
// talks".
var occasionSkip = setOf("a", "an", "the", "their", "his", "her", "its", "of", "-", "summit", "lengthy", "long", "marathon",
	"closed-door", "nearly", "more", "than", "about", "almost", "over")

// talksOutcomeVerbs make the meeting a clause of its own, whose end the
// sentence dates: "struck after talks collapsed" tells nothing of who met.
var talksOutcomeVerbs = setOf("ended", "collapsed", "failed", "broke", "stalled", "began", "started", "resumed", "were",
	"was", "had", "have", "faltered", "foundered", "concluded", "between", "on", "among")

// occasionSubjects adds the subject of a sentence to a meeting it names as
// the occasion of what the subject did: "A signed the accord after a
// meeting with B", "A and B agreed ... after two days of talks", "A told
// reporters after the talks" — whoever acts there sat at the table.
func (d *doc) occasionSubjects(m *eventMention) {
	if m.typ != graph.Meeting || m.verb || len(m.parts) >= 2 || gatherings[headKey(m.noun)] || talksOutcomeVerbs[d.tok(m.hi).lower] ||
		d.tok(m.hi).lower == "by" || d.hostedMention(m) {
		return // "after a visit by X", "after talks hosted by X": the text names who held them
	}
	k := m.lo - 1
	for n := 0; n < 7 && k > 0 && !occasionWords[d.toks[k].lower]; n++ {
		t := d.toks[k]
		if t.kind != tokNumber && !occasionSkip[t.lower] && !durationUnits[t.lower] && !meetingModifiers[t.lower] && numberWords[t.lower] == 0 {
			return
		}
		k--
	}
	if !occasionWords[d.tok(k).lower] {
		return
	}
	for j := m.hi; j < d.sents[m.sent].hi && j < m.hi+12; j++ {
		if talksOutcomeVerbs[d.toks[j].lower] && !(d.toks[j].lower == "on" && j > m.hi) {
			return // "after talks between A and B", "after talks ended"
		}
	}
	subs, end := d.openingSubjects(m.sent, k)
	if len(subs) == 0 {
		return
	}
	for j := end; j < k; j++ {
		if speechVerbs[d.toks[j].lower] && k-j > 4 {
			return // "X said Y would sign after talks": the talks are Y's
		}
		if d.toks[j].lower == "that" || d.toks[j].lower == "who" || d.toks[j].lower == "which" {
			return
		}
	}
	m.occasion = [2]int{len(m.parts) + 1, len(m.pairs)}
	for _, s := range subs {
		if hasEntity(m.parts, s) {
			continue
		}
		for _, p := range m.parts {
			m.pairs = append(m.pairs, [2]*entity{s, p})
		}
		m.parts = append(m.parts, s)
	}
}

// openingSubjects returns the actors a sentence opens with as its subject,
// past a dateline, titles and the demonyms of titles, joined by "and"
// ("A and his Thai counterpart B"), and where the subject ends; nil unless
// a lower-case word (the verb) follows it before limit.
func (d *doc) openingSubjects(si, limit int) ([]*entity, int) {
	s := d.sents[si]
	lo := d.pastDateline(s.lo, limit)
	if q := d.toks[s.lo].text; q == "\"" || q == "“" {
		// "\"...,\" X told reporters after the talks": the subject follows the quote.
		for j := s.lo + 1; j+1 < limit; j++ {
			if t := d.toks[j].text; (t == "\"" || t == "”") && d.toks[j-1].text == "," {
				lo = j + 1
				break
			}
		}
	}
	var subs []*entity
	end := -1
	want := true // an actor may come next
	for j, sp := range d.walk(lo, limit) {
		if sp != nil {
			e := actorOf(sp)
			if sp.kind == spanRole || e != nil && d.isModifierActor(sp) {
				continue
			}
			if !want && e != nil && e == subs[len(subs)-1] && d.tok(sp.lo-1).text == "(" {
				continue // "the Kachin Independence Army (KIA) and ...": the acronym repeats the name
			}
			if e == nil || !want {
				return nil, 0
			}
			if !slices.Contains(subs, e) {
				subs = append(subs, e)
			}
			want, end = false, sp.hi
			continue
		}
		switch w := d.toks[j].lower; {
		case w == "the" || w == "his" || w == "her" || w == "its" || w == "counterpart":
			if !want && w != "counterpart" {
				return nil, 0
			}
		case w == "and" && !want:
			want = true
		case (w == "(" || w == ")") && !want:
			// the brackets of an acronym after the name: "(KIA)"
		case !want && subs[len(subs)-1].typ == graph.Country && (stateNouns[w] || w == "'s" && stateNouns[d.tok(j+1).lower]):
			// "the Sudanese government and ...", "Sudan's army and ...": the state acts
		case want || len(subs) == 0:
			return nil, 0
		case d.toks[j].kind == tokWord && !d.toks[j].cap && w != "'s" && w != "of":
			return subs, end
		default:
			return nil, 0
		}
	}
	return nil, 0
}

// occasionAlone reports whether m, naming no party of its own, points back
// at talks ("told reporters after the meeting") that coreference found no
// event for, and takes back the subject it was given: the subject met no
// one the text names.
func (d *doc) occasionAlone(m *eventMention) bool {
	if m.occasion[0] != 1 || !d.definite(m) {
		return false
	}
	m.parts, m.pairs = m.parts[:m.occasion[0]-1], m.pairs[:m.occasion[1]]
	return true
}
