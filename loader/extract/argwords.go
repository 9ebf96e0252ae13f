package extract

import (
	"sort"

	"github.com/geokg/geokg/graph"
)

// glued reports whether only "and", commas and articles stand between the
// actor span starting at a and the one starting at b.
func (d *doc) glued(a, b int) bool {
	sp, ok := d.spanEntity(a)
	if !ok {
		return false
	}
	for k := sp.hi; k < b; k++ {
		if w := d.toks[k].lower; w != "and" && w != "," && w != "the" {
			return false
		}
	}
	return true
}

// Left out: "sanction" and "sanctions", the measure itself; "target", a
// noun as often ("commit to the target"); "announcing", whose clause
// ("after announcing that it would lift sanctions") names the measure's
// owner further on.
var imposeVerbs = leaveOut(withVerbs(setOf("imposition", "decision", "with"),
	"impose", "announce", "raise", "hike", "increase", "double", "slap", "order", "adopt", "place", "put", "add",
	"retaliate", "require", "introduce", "tighten", "expand", "extend", "levy", "approve", "hit", "unveil",
	"target", "sanction", "keep", "maintain", "renew", "prolong"), "sanction", "sanctions", "target", "announcing")

// imposes reports whether an actor before a sanction imposes it: the
// subject of an imposing verb, or the sanction's own modifier ("US
// sanctions", "Washington's tariffs").
func (d *doc) imposes(a actor, m *eventMention) bool {
	if d.spanAt[a.pos] == 0 {
		return false // a group phrase: "both sides"
	}
	sp := d.spans[d.spanAt[a.pos]-1]
	if d.modifies(sp.hi, m.lo) {
		return true
	}
	if d.goodsAfter(&sp) {
		return false // "tariffs on Brazilian goods ..., doubling the duty": whose goods are taxed
	}
	for k := sp.hi; k < m.lo; k++ {
		if imposeVerbs[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// placeHeads after a demonym make it describe a place, not an actor.
var placeHeads = setOf("city", "town", "village", "capital", "region", "province", "border", "territory", "soil",
	"coast", "waters", "airspace", "side", "port", "island", "islands", "mainland", "countryside")

var brokerVerbs = setOf("brokered", "mediated", "negotiated", "backed", "guaranteed", "sponsored")

// hostNouns before "of" bring in a party: "under the mediation of X".
var hostNouns = setOf("mediation", "auspices", "presence", "chairmanship", "invitation", "participation", "hosting")

// viaWords after "by" name a channel, not a party: "spoke by phone".
var viaWords = setOf("phone", "telephone", "video", "videolink", "letter", "email", "radio")

// betweenGlue may stand inside "between A and B".
var betweenGlue = setOf("and", "the", "both", "its", "their", "his", "her", "between", "of", "a", "an")

// delegationNouns after a demonym name the state's envoys: "a US
// delegation" is the United States at the table.
var delegationNouns = setOf("delegation", "delegations", "team", "envoy", "negotiators", "negotiating")

// meetVerbs make the actor before them a party to the meeting they
// introduce: "X held talks", "X joined the summit".
var meetVerbs = setOf("held", "hold", "holds", "holding", "had", "began", "begin", "begins", "started", "start",
	"join", "joined", "joins", "attended", "attend", "attends", "attending", "concluded", "wrapped", "ended", "ends",
	"ending", "completed", "finished", "addressed", "addresses", "addressing",
	"resumed", "resume", "continue", "continued", "continues", "entered", "opened", "hosted", "hosts",
	"host", "hosting", "landed", "arrived", "traveled", "travelled", "traveling", "travelling", "flew",
	"travel", "travels", "arrive", "arrives", "arriving", "fly", "flies", "flying", "heads", "heading",
	"went", "came", "headed", "convened", "chaired", "led", "took", "engaged", "intensifying", "intensified",
	"conducted", "ramping", "calling", "called", "calls", "proposed", "proposes", "offered", "offers",
	"seeking", "seeks", "sought", "wants", "want", "urged", "urging", "pushing", "pushed", "ruled", "rule",
	"suggested", "floated", "discussed", "requested", "invited", "gathered", "gather", "gathering", "convened", "met", "meet",
	"postponed", "postpones", "cancelled", "canceled", "cancels", "delayed", "scrapped", "shelved", "paid", "made", "undertook", "convene", "convenes", "convening",
	"open", "opens", "opening", "reopen", "reopened", "reopens", "restart", "restarted", "restarts")

// duringBefore reports whether a meeting noun follows "during" or "at":
// "agreed to a truce during talks in Doha" makes the subject a party.
func (d *doc) duringBefore(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-7; k-- {
		switch w := d.toks[k].lower; {
		case w == "during" || w == "at" || w == "in":
			return true
		case determiners[w] || meetingModifiers[w] || d.toks[k].kind == tokNumber || numberWords[w] > 0 || d.toks[k].text == "-" || durationUnits[w] || w == "day" || w == "hour":
			continue
		}
		return false
	}
	return false
}

// modifies reports whether only modifiers stand between an actor ending at
// lo and a trigger at hi: "US-China talks", "Lammy's trip", "Israeli
// and Palestinian delegations' talks".
func (d *doc) modifies(lo, hi int) bool {
	if hi-lo > 4 {
		return false
	}
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.kind == tokPunct && t.text != "," || t.cap || d.spanAt[k] != 0 || meetingModifiers[t.lower] || t.kind == tokNumber || moneyWords[t.lower] {
			continue
		}
		if (durationUnits[t.lower] || numberWords[t.lower] > 0) && (d.tok(k+1).text == "-" || d.tok(k-1).text == "-") {
			continue // "Albanese's two-day visit", "a three-week tour"
		}
		if brokerVerbs[t.lower] && d.tok(k-1).text == "-" && !d.tok(k-1).space {
			continue // "a Qatar-brokered truce": the broker is a party
		}
		return false
	}
	return true
}

// moneyWords size what follows: "Argentina's $20 billion loan".
var moneyWords = setOf("billion", "million", "trillion", "bn")

// meetingModifiers may stand between an actor and a meeting noun.
var meetingModifiers = setOf("and", "high-level", "direct", "indirect", "bilateral", "trilateral", "peace",
	"ceasefire", "security", "trade", "nuclear", "first", "new", "fresh", "further", "face", "to", "late-night",
	"phone", "video", "leaders", "level", "high", "top", "emergency", "crisis", "two-day", "one-day", "planned",
	"presidential", "parliamentary", "general", "legislative", "local", "regional", "snap", "municipal",
	"provisional", "disputed", "upcoming", "deadly", "latest", "missile", "drone", "retaliatory", "economic",
	"military", "'s", "-", "–")

func (d *doc) launchBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch d.toks[k].lower {
		case "launched", "launch", "launches", "waged", "wage", "wages", "started", "start", "began", "begin", "declared", "fought", "fighting", "held", "holds":
			return true
		}
	}
	return false
}

func (d *doc) meetVerbBetween(lo, hi int) bool {
	for k := hi - 1; k >= lo; k-- {
		if meetVerbs[d.toks[k].lower] && !(d.toks[k].lower == "open" && d.tok(k+1).lower == "to") {
			// "open to talks" is a stance, not a party opening them.
			return !d.askedOthers(k, hi) && !d.asksOthersBetween(lo, k)
		}
		if arrivalDue(d.toks[k].lower, d.tok(k+1).lower) {
			return true // "Ruiz is due in Cairo on Monday for talks"
		}
		if d.trigAt[k] {
			return false // the verb governs that other event
		}
	}
	return false
}

// groupWords returns the length of a phrase naming the last pair of actors
// ("both sides", "the two countries", "those countries", "the two
// nuclear-armed neighbours", "the warring parties"), 0 when none.
func (d *doc) groupWords(k int) int {
	w, n1, n2 := d.toks[k].lower, d.tok(k+1).lower, d.tok(k+2).lower
	switch {
	case (w == "both" || w == "those") && pairNouns[n1] && n1 != "leaders":
		return 2
	case w == "the" && n1 == "two" && (pairNouns[n2] || peopleGroups[n2]):
		return 3
	case w == "the" && pairSideWords[n1] && (n2 == "sides" || n2 == "parties"):
		return 3 // "the warring parties": the two sides of the war reported
	case w == "each" && n1 == "other":
		return 2
	case w == "the" && n1 == "sides" && n2 != "of":
		return 2 // "the sides signed nine documents": a readout's word for the two parties
	case w == "the" && n1 == "two" || w == "both":
		// One qualifier may stand before the noun: "the two Asian
		// neighbours", "both warring sides", "the two nuclear-armed rivals",
		// "the two prime ministers".
		j := k + 1
		if w == "the" {
			j++
		}
		if a := d.pairQualifier(j); a > 0 && (pairNouns[d.tok(j+a).lower] || w == "the" && peopleGroups[d.tok(j+a).lower]) {
			return j + a + 1 - k
		}
	}
	return 0
}

// pairNouns name the sides a pair phrase stands for: states, armies or
// the parties to a war or talks.
var pairNouns = setOf("sides", "countries", "nations", "parties", "governments", "leaders", "neighbours", "neighbors",
	"states", "armies", "militaries")

// pairSideWords make "the ... parties" the two sides of a conflict even
// without a count: "the warring parties", "the rival sides".
var pairSideWords = setOf("warring", "rival", "feuding", "opposing")

// pairQualifier returns the length of one qualifier at j in a pair phrase:
// a lower-case word ("warring", "Asian" is a name and not taken) or a
// hyphenated pair of them ("nuclear-armed"); 0 when none.
func (d *doc) pairQualifier(j int) int {
	word := func(i int) bool {
		t := d.tok(i)
		return t.kind == tokWord && !t.cap && d.spanAt[min(i, len(d.toks)-1)] == 0 && !pairNouns[t.lower] && !auxWords[t.lower]
	}
	if t := d.tok(j); t.kind == tokWord && t.cap && !d.tok(j+1).cap {
		// "the two Asian neighbours", "the three Sahel states": a region's
		// word, never a state's own ("the two Chinese firms" is no pair).
		if sp, ok := d.spanEntity(j); !ok || sp.hi == j+1 && actorOf(sp) == nil {
			return 1
		}
		return 0
	}
	if !word(j) {
		return 0
	}
	if d.tok(j+1).text == "-" && !d.tok(j+1).space && word(j+2) {
		return 3
	}
	return 1
}

// groupBlock before "both sides" makes it a place, not the parties: "on
// both sides of the frontier".
var groupBlock = setOf("on", "from", "along", "across", "to")

// mainCountry is the country named most often before token k: what "the
// country" refers to.
func (d *doc) mainCountry(k int) *entity {
	var best *entity
	n := 0
	for _, e := range d.ents {
		if e.typ != graph.Country {
			continue
		}
		// Mentions are in text order: count those before k.
		c := sort.Search(len(e.spans), func(i int) bool { return d.spans[e.spans[i]].lo >= k })
		if c > n {
			best, n = e, c
		}
	}
	return best
}

// prevWord is the word before token k, over "the".
func (d *doc) prevWord(k int) string { return d.tok(d.prevWordAt(k)).lower }

// prevWordAt is the position of the word prevWord reads.
func (d *doc) prevWordAt(k int) int {
	j := k - 1
	for j > k-8 && j > 0 {
		switch {
		case d.tok(j).lower == "the" || regionAdjectives[d.tok(j).lower]:
			j--
		case d.tok(j).lower == "'s" && d.spanAt[j-1] != 0:
			j = d.spans[d.spanAt[j-1]-1].lo - 1 // "in Pakistan's northwestern ... province"
		case d.tok(j).text == "," && d.tok(j-1).lower == "capital" && (d.tok(j-2).lower == "the" || d.tok(j-2).lower == "'s"):
			j -= 2 // "in the capital, Accra"
		case d.beforeDemonymCapital(j) >= 0:
			j = d.beforeDemonymCapital(j) // "in the Turkish capital, Ankara"
		case d.tok(j).lower == "capital" && d.tok(j-1).lower == "'s":
			j -= 2 // "in Niger's capital Niamey"
			if d.spanAt[max(j, 0)] != 0 {
				j = d.spans[d.spanAt[j]-1].lo - 1
			}
		default:
			return j
		}
	}
	return j
}

// beforeDemonymCapital returns the position before "the Turkish capital"
// when that phrase ends at j (or at the comma j): the city named next is
// placed by the word before the phrase. It returns -1 otherwise.
func (d *doc) beforeDemonymCapital(j int) int {
	c := j
	if d.tok(c).text == "," {
		c--
	}
	if c < 1 || d.tok(c).lower != "capital" || d.spanAt[c-1] == 0 {
		return -1
	}
	sp := &d.spans[d.spanAt[c-1]-1]
	if !sp.country || sp.ent == nil || sp.ent.typ != graph.Country || sp.hi != c {
		return -1
	}
	if d.toks[sp.lo].lower == "the" {
		return sp.lo - 1
	}
	if d.tok(sp.lo-1).lower != "the" {
		return -1
	}
	return sp.lo - 2
}

// regionAdjectives qualify a place without changing it: "on southern
// Lebanon".
var regionAdjectives = setOf("northern", "southern", "eastern", "western", "central", "north", "south", "east",
	"west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
	"southwest", "occupied", "annexed", "besieged", "war-torn",
	"disputed", "contested", "embattled", "restive", "volatile", "remote", "coastal", "nearby", "neighbouring",
	"neighboring", "downtown", "breakaway", "rebel-held", "government-held", "strategic", "frontline", "front-line", "central")
