package extract

import "github.com/geokg/geokg/graph"

// localVoteWords before a vote make it a local one, held where the text
// says rather than in the state: "municipal elections in Istanbul".
var localVoteWords = setOf("local", "municipal", "mayoral", "regional", "provincial", "city", "council",
	"gubernatorial", "county", "district", "state", "party", "leadership", "primary", "primaries", "internal", "union")

// voterVerbs after a people's name make them the electorate: "in which
// Chileans will choose", "Nepalis vote on Sunday".
var voterVerbs = setOf("will", "vote", "voted", "votes", "voting", "choose", "chose", "elect", "elected", "go",
	"went", "head", "headed", "cast", "turned")

// nationalVotePlace places a national vote in its state: a general or
// presidential election is held across the country, so a city read as its
// place ("elections due on March 5" after "protesters in Kathmandu") gives
// way to the city's state, and with no place the people who vote name it
// ("the election, in which Colombians will choose").
func (d *doc) nationalVotePlace(m *eventMention) {
	for k := max(d.sents[m.sent].lo, m.lo-3); k < m.lo; k++ {
		if localVoteWords[d.toks[k].lower] {
			return
		}
	}
	if m.loc != nil {
		if m.loc.typ == graph.Location && (m.loc.kind == "city" || m.loc.kind == "capital") && m.loc.country != "" {
			if c := d.countryByCode(m.loc.country); c != nil {
				m.loc = c
			}
		}
		return
	}
	s := d.sents[m.sent]
	var only *entity
	several := false
	for _, sp := range d.walk(s.lo, s.hi) {
		if sp == nil {
			continue
		}
		e := sp.ent
		if e == nil || e.typ != graph.Country || !e.confirmed {
			continue
		}
		if w := d.toks[sp.lo].lower; sp.hi-sp.lo == 1 && len(w) > 4 && w[len(w)-1] == 's' && w != foldLower(e.name) && voterVerbs[d.tok(sp.hi).lower] {
			m.loc = e
			return
		}
		if only != nil && only != e {
			several = true
		}
		if d.tok(sp.hi).lower == "'s" || sp.kind == spanGaz && len(sp.gaz) > 0 && sp.gaz[0].form == formDemonym {
			only = e
		}
	}
	if only != nil && !several && d.nationalVote(m) {
		// "Benin's ruling coalition candidate has won Sunday's presidential
		// election": a national vote in a sentence whose one state owns
		// someone or something is that state's; with two ("Russian
		// meddling in Moldova's vote") the sentence alone cannot tell.
		m.loc = only
		return
	}
	if !m.verb && !several {
		// Not "lawmakers voted to block the decree", a vote of the house;
		// not a sentence naming two states, which leaves the vote's
		// state open.
		m.loc = d.articleState(m)
	}
}

// nationalVote tells whether a word just before the vote's trigger makes
// it a national one: "the country's presidential election".
func (d *doc) nationalVote(m *eventMention) bool {
	for k := max(d.sents[m.sent].lo, m.lo-2); k <= m.lo; k++ {
		if nationalVoteWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// articleState is the state a national vote with no place of its own is
// held in: the first state the article's opening sentence names, itself or
// by a city of its dateline ("protests that followed Wednesday's general
// election" in a report that opens in Tanzania). A year before the vote
// ("the 2020 election") marks a past vote told in passing, left unplaced.
func (d *doc) articleState(m *eventMention) *entity {
	for _, r := range m.qualifier {
		if r >= '0' && r <= '9' {
			return nil
		}
	}
	return d.openingState()
}

// openingState is the first state the article's opening sentence names,
// itself or by a city of its dateline: the state the report is about.
func (d *doc) openingState() *entity {
	for _, s := range d.sents {
		if s.heading {
			continue
		}
		for _, sp := range d.walk(s.lo, s.hi) {
			if sp == nil || sp.ent == nil {
				continue
			}
			switch e := sp.ent; {
			case e.typ == graph.Country && e.confirmed:
				return e
			case e.typ == graph.Location && e.country != "":
				if c := d.countryByCode(e.country); c != nil {
					return c
				}
			}
		}
		return nil
	}
	return nil
}

// countryByCode returns the article's country with ISO code code, if the
// text names it.
func (d *doc) countryByCode(code string) *entity {
	for _, e := range d.ents {
		if e.typ == graph.Country && e.code == code && e.confirmed && len(e.spans) > 0 {
			return e
		}
	}
	return nil
}
