package extract

import "github.com/geokg/geokg/graph"

// probeNouns name an inquiry into what happened. An inquiry reported as
// under way ("police said an investigation had been opened") is seldom an
// event of its own in wire copy; one asked for is: "called for an
// impartial investigation into the drownings" puts a possible inquiry on
// the record, and the asker demands it.
var probeNouns = setOf("investigation", "inquiry", "probe", "inquest")

// probeQualifiers stand between an ask and the inquiry it asks for: "an
// independent and impartial", "a 'prompt and transparent'".
var probeQualifiers = setOf("a", "an", "the", "and", "independent", "impartial", "thorough", "full", "international",
	"transparent", "credible", "prompt", "swift", "immediate", "urgent", "criminal", "fair", "comprehensive", "proper",
	"public", "formal", "serious", "effective", "parliamentary", "judicial", "official", "fresh", "new", "further",
	"speedy", "exhaustive", "rigorous", "genuine", "meaningful", "open", "inclusive")

// probeAskVerbs take the inquiry asked for as their object: "demanded an
// inquiry", "sought a UN investigation".
var probeAskVerbs = setOf("demanded", "demanding", "demands", "demand", "sought", "seeking", "seeks", "seek",
	"requested", "requesting", "requests", "request", "wants", "wanted", "want", "urged", "urging", "urges", "urge")

// probeForWords ask for the inquiry named after "for": "called for",
// "appealed for", "the calls for", "pressed for".
var probeForWords = setOf("called", "calling", "calls", "call", "appealed", "appealing", "appeals", "appeal",
	"pressed", "pressing", "presses", "press", "pushed", "pushing", "pushes", "push", "demands", "demand", "asked",
	"asking", "asks", "ask", "renewed")

// probeOpenVerbs hold an inquiry that another was asked to hold: "urged
// the police to open an inquiry", "to carry out an investigation".
var probeOpenVerbs = setOf("carry", "conduct", "open", "launch", "hold", "establish", "set", "allow", "order", "start", "begin")

// probeFits keeps an inquiry word as an event only when it is asked for;
// handled is false for other words.
func (d *doc) probeFits(lo int) (fits, handled bool) {
	if !probeNouns[d.toks[lo].lower] {
		return false, false
	}
	_, ok := d.probeAsk(lo)
	return ok, true
}

// probeAsk reads what asks for the inquiry at lo: ok when it is asked for,
// with the position of the "to" of "urged X to open an inquiry" when
// another is asked to hold it (-1 otherwise).
func (d *doc) probeAsk(lo int) (to int, ok bool) {
	j := lo - 1
	for j >= 0 && j > lo-7 && (probeQualifiers[d.toks[j].lower] || isQuote(d.toks[j].text) || d.toks[j].text == "," ||
		d.toks[j].text == "-" || d.spanAt[j] != 0) {
		j-- // "an independent UN-led investigation"
	}
	w := d.tok(j).lower
	switch {
	case w == "for":
		return -1, probeForWords[d.tok(j-1).lower]
	case probeAskVerbs[w]:
		return -1, true
	case w == "out" || w == "up":
		j--
		w = d.tok(j).lower
	}
	if !probeOpenVerbs[w] || d.tok(j-1).lower != "to" {
		return -1, false
	}
	if _, asked := d.askedBefore(j - 1); !asked {
		return -1, false
	}
	return j - 1, true
}

// probeArgs gives an inquiry asked for the body that would hold it, never
// the asker: "called for an inquiry by the Council of Europe", "a UN
// inquiry". A state asked to hold it is where it is held: "urged the
// Peruvian authorities to open an inquiry" places it in Peru.
func (d *doc) probeArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || !probeNouns[d.toks[m.lo].lower] {
		return
	}
	to, ok := d.probeAsk(m.lo)
	if !ok {
		return
	}
	var parts []*entity
	for j, sp := range d.walkBack(m.lo-4, m.lo) {
		if w := d.toks[j].lower; w == "for" || probeAskVerbs[w] {
			break
		}
		if e := actorOf(sp); e != nil && e.typ != graph.Person {
			parts = appendUnique(parts, e)
		}
	}
	if d.tok(m.hi).lower == "by" {
		a := d.pastThe(m.hi + 1)
		if _, e := d.actorAt(a); e != nil {
			parts = appendUnique(parts, e)
		}
	}
	m.parts = parts
	if end := d.probeSubject(m.hi); len(parts) == 0 && end > m.hi {
		m.noun = d.probeName(m.lo, end)
		m.subject = true
	}
	if to >= 0 {
		if e, _ := d.askedBefore(to); e != nil && e.typ == graph.Country && m.loc == nil {
			m.loc = e
		}
	}
}
