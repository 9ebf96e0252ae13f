package extract

import "github.com/geokg/geokg/graph"

// breachWords take a rule as object: "charges of breaching export
// controls" tells of the rule, not of a measure taken.
var breachWords = withVerbs(setOf("violation", "violations", "evasion", "circumvention", "busting"),
	"breach", "violate", "evade", "circumvent")

// sanctionAsTopic reports whether a sanction noun at lo is only the
// subject matter of another event or the rule someone broke: "a dialogue
// on export controls", "accused of violating sanctions".
func (d *doc) sanctionAsTopic(lo int, typ graph.EventType, verb bool) bool {
	if typ != graph.Sanction || verb {
		return false
	}
	k := lo - 1
	for k > lo-4 && k > 0 && (d.spanAt[k] != 0 || d.toks[k].lower == "the" || d.toks[k].lower == "international" || d.toks[k].lower == "western") {
		k-- // "breaching European export controls", "on US sanctions"
	}
	w := d.tok(k).lower
	if w == "of" {
		w = d.tok(k - 1).lower // "in breach of UN sanctions"
	}
	if breachWords[w] || d.standingMeasure(k) {
		return true
	}
	return topicWords[w] && k > 0 && d.trigAt[k-1] && !d.toks[k-1].cap
}

// exemptWords take a measure already in force after "from": "exemptions
// from US duties" asks to be spared a tariff, it does not impose one.
var exemptWords = withVerbs(setOf("exemption", "exemptions", "waiver", "waivers", "carve-out", "carve-outs"), "exempt")

// standingMeasure reports whether the word at k, just before a sanction
// noun and its modifiers, makes the measure a standing circumstance of
// something else: "in spite of Western sanctions", "despite the tariffs",
// "held up by US sanctions", "exemptions from US duties". Such a measure
// was imposed earlier or elsewhere; the sentence tells of no act.
func (d *doc) standingMeasure(k int) bool {
	switch d.tok(k).lower {
	case "despite", "notwithstanding":
		return true
	case "of":
		return d.tok(k-1).lower == "spite"
	case "from":
		return exemptWords[d.tok(k-1).lower]
	case "by":
		p := d.tok(k - 1).lower
		return p == "up" && heldWords[d.tok(k-2).lower] || p == "hampered" || p == "hobbled" || p == "stalled"
	}
	return false
}

// heldWords precede "up by" when a cause delays a thing: "held up by".
var heldWords = verbSet("hold")

// leisureWords before a trip make it a private journey, not a visit
// between officials: "a tourist trip", "a family holiday visit".
var leisureWords = setOf("tourist", "touristic", "sightseeing", "holiday", "vacation", "family", "hiking",
	"fishing", "school", "honeymoon", "pilgrimage", "shopping", "study", "camping", "skiing")

// standingConferences are the words that make a news conference a fixture
// of its own: "a regular press conference", "her daily news conference".
var standingConferences = setOf("joint", "regular", "daily", "weekly", "monthly", "annual", "year-end", "morning", "televised")

// asideConference reports whether statement m, a news conference, is only
// the audience a lone speaker was quoted to, like "told reporters": "the chancellor
// told a news conference after the summit". A joint or standing conference,
// or one placed in a city ("told a news conference in Nairobi"), is an
// event of its own.
func (d *doc) asideConference(m *eventMention) bool {
	if m.loc != nil || d.toks[m.hi-1].lower != "conference" {
		return false
	}
	k := m.lo - 1
	for ; k >= 0 && k >= m.lo-3 && !quoteTellVerbs[d.toks[k].lower]; k-- {
		if standingConferences[d.toks[k].lower] {
			return false
		}
	}
	return k >= 0 && quoteTellVerbs[d.toks[k].lower]
}

// quoteTellVerbs take a conference as the audience of a quote.
var quoteTellVerbs = verbSet("tell")

// avertVerbs take a fight that has not happened as object: "to prevent
// clashes", "avoiding a wider war". "deterred" is left out: "will not be
// deterred from its offensive" tells of a fight that goes on.
var avertVerbs = leaveOut(verbSet("prevent", "avoid", "avert", "forestall", "deter"), "deterred")

// averted reports whether the attack noun at lo is the object of a verb
// that keeps it from happening, past at most two lower-case modifiers
// ("prevent any accidental clashes"). Such a fight is no event of its own.
func (d *doc) averted(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for k, n := lo-1, 0; k >= s.lo && n < 3; k, n = k-1, n+1 {
		t := d.toks[k]
		if avertVerbs[t.lower] {
			return true
		}
		if t.cap || t.kind == tokNumber || d.trigAt[k] || d.spanAt[k] != 0 {
			return false
		}
	}
	return false
}

// fundedWarWords name a war that money can keep going.
var fundedWarWords = setOf("war", "wars", "offensive", "invasion")

// fundVerbs take a war as what money or fuel keeps going: "earn money to
// finance its war", "oil revenues fund Moscow's offensive".
var fundVerbs = verbSet("fund", "finance", "fuel", "feed", "bankroll")

// costWords before "of" make a war the bill someone pays: "the price of its war".
var costWords = setOf("cost", "costs", "price", "bill")

// warOwners stand between a funding verb and the war it funds: "its",
// "the", "Moscow's".
var warOwners = setOf("its", "their", "his", "her", "the", "'s", "’s")

// fundedWar reports whether the war or offensive noun at lo is only what
// money keeps going or what someone pays for: "to finance its war", "oil
// revenues fund Moscow's offensive", "the price of its war". Such a war is
// the standing reason for a sanction or a strike on an oil plant, told in
// passing; the fighting the article reports, if any, has its own words.
func (d *doc) fundedWar(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for k, n := lo-1, 0; k >= s.lo && n < 5; k, n = k-1, n+1 {
		w := d.toks[k].lower
		switch {
		case fundVerbs[w]:
			return true
		case w == "of":
			return costWords[d.tok(k-1).lower]
		case !warOwners[w] && d.spanAt[k] == 0:
			return false
		}
	}
	return false
}

// serviceWords are places of daily life whose closing is a consequence
// told of a strike, a shortage or a storm: "schools have been closed for
// two weeks", "banks, schools and public offices were shut".
var serviceWords = setOf("schools", "universities", "banks", "shops", "businesses", "markets", "offices", "stores")

// servicesShut reports whether the passive closure at lo has for subject
// places of daily life and names no one who shut them. A crossing, an
// embassy or an airspace shut is a state's act; schools shut amid a
// shortage are its toll. "Were closed by the police" keeps its agent.
func (d *doc) servicesShut(lo, hi int) bool {
	if d.tok(hi).lower == "by" {
		return false
	}
	s := d.sents[d.sentOf[lo]]
	for j := lo - 2; j >= s.lo && j >= lo-16; j-- {
		if w := d.toks[j].lower; closableWords[w] || serviceWords[w] {
			return serviceWords[w]
		}
	}
	return false
}
