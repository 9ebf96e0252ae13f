package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// orgDescriptors before a name make it a body: "the rights group OVD-Info".
var orgDescriptors = setOf("group", "organization", "organisation", "outlet", "agency", "newspaper", "daily",
	"channel", "broadcaster", "party", "movement", "company", "firm", "militia", "ngo", "watchdog", "monitor",
	"network", "website", "portal", "faction", "coalition", "alliance", "bloc", "insurer", "airline", "bank",
	"television", "tv", "radio", "station", "weekly", "magazine", "platform", "app", "carrier", "manufacturer",
	"maker", "giant", "producer", "operator", "lender", "automaker", "chipmaker", "contractor", "charity",
	"body", "union", "club", "outfit", "conglomerate", "startup", "broadcasters")

// appositiveBody reports whether a run stands between commas right after a
// lower-case word for a kind of body: "the exporters' association,
// Analdex, urged", "the rights group, Memorial, said".
func (d *doc) appositiveBody(sp *span) bool {
	if d.tok(sp.lo-1).text != "," || d.tok(sp.hi).text != "," || len(sp.toks) > 3 || d.lex.given[sp.toks[0]] {
		return false
	}
	w := d.tok(sp.lo - 2)
	return !w.cap && w.kind == tokWord && (orgDescriptors[w.lower] || appositiveBodies[w.lower])
}

// appositiveBodies are body words beside orgDescriptors that a name in
// apposition may follow.
var appositiveBodies = setOf("association", "federation", "council", "committee", "commission", "institute",
	"foundation", "syndicate", "confederation", "chamber", "lobby", "think-tank", "tank")

// bodyNouns after a capitalised run make it a body's name: "the Podemos
// party", "the Civil Defence agency".
var bodyNouns = setOf("party", "movement", "militia", "faction", "agency", "group", "network", "newspaper",
	"broadcaster", "bloc", "coalition", "alliance", "rebels", "guerrillas", "insurgents", "militants", "fighters",
	"paramilitaries", "paramilitary", "cartel", "gang", "company", "firm")

// orgNouns after a surname make a body: "Obama administration".
var orgNouns = setOf("administration", "government", "cabinet", "campaign")

// bodyRef resolves "the council", "the bloc": the latest body whose name
// ends with the noun, or for "bloc" and "alliance" the latest
// international organisation, named before token k.
func (d *doc) bodyRef(head string, k int) *entity {
	for _, sp := range d.walkBack(k-800, k) {
		if sp == nil {
			continue
		}
		e := sp.ent
		if e == nil || e.typ != graph.Organization || e.media || sp.lower {
			continue
		}
		f := strings.Fields(strings.ToLower(e.name))
		switch {
		case (head == "union" || head == "federation") && e.kind == "international organization":
			continue // a trade union, not the European Union
		case f[len(f)-1] == head || d.describedBy(sp, head) || d.tok(sp.lo-1).lower == head && !d.tok(sp.lo-1).cap:
			return e // "the rebel group Kivu Front ... the group"
		case (head == "bloc" || head == "alliance") && e.kind == "international organization":
			return e
		case (head == "army" || head == "military") && (strings.HasSuffix(sp.stateKey, " army") || e.kind == "armed forces" && wholeForce(e.name)):
			return e // "Myanmar's military ... the army", "the Sudanese Armed Forces ... the army"
		case (head == "group" || head == "movement" || head == "militia" || head == "rebels" || head == "militants") && e.kind == "armed group":
			return e // "the Houthis ... the group said"
		}
	}
	return nil
}

// describedBy reports whether a lower-case noun for a kind of body stands
// right after a name: "the UGTT trade union federation" is "the union"
// and "the federation" later.
func (d *doc) describedBy(sp *span, head string) bool {
	for j := sp.hi; j < sp.hi+3 && j < len(d.toks); j++ {
		t := d.toks[j]
		if t.lower == head {
			return true
		}
		if t.kind != tokWord || t.cap || d.spanAt[j] != 0 {
			return false
		}
	}
	return false
}

// ministryTopics map the words that name a ministry's brief to one key, so
// "Ministry of Foreign Affairs", "Foreign Ministry" and "foreign ministry"
// are one body.
var ministryTopics = map[string]string{"foreign": "foreign", "external": "foreign", "defence": "defence",
	"defense": "defence", "interior": "interior", "home": "interior", "finance": "finance", "economy": "economy",
	"health": "health", "justice": "justice", "commerce": "commerce", "trade": "trade", "energy": "energy",
	"agriculture": "agriculture", "education": "education", "labour": "labour", "labor": "labour",
	"transport": "transport", "environment": "environment", "information": "information", "culture": "culture",
	"emergencies": "emergencies", "emergency": "emergencies", "intelligence": "intelligence", "security": "security",
	"industry": "industry", "treasury": "finance", "digital": "digital", "science": "science"}

// ministryKey returns the key of a ministry named by a run: its topic,
// with the state a possessive or demonym before it names ("China's
// Ministry of Commerce" is "CN commerce"); "" when the run is no ministry.
func (d *doc) ministryKey(sp *span) string {
	at := -1
	for k, t := range sp.toks {
		if t == "ministry" {
			at = k
		}
	}
	if at < 0 {
		return ""
	}
	topic := ""
	for k, t := range sp.toks {
		if k != at && ministryTopics[t] != "" {
			topic = ministryTopics[t]
			break
		}
	}
	if topic == "" {
		return ""
	}
	country := ""
	if p := d.spanBefore(sp.lo); p != nil && p.ent != nil && p.ent.typ == graph.Country && p.hi == sp.lo {
		country = p.ent.code // "Chinese Foreign Ministry" written apart
	} else if d.tok(sp.lo-1).lower == "'s" {
		if p := d.spanBefore(sp.lo - 1); p != nil && p.ent != nil && p.ent.typ == graph.Country {
			country = p.ent.code
		}
	}
	if country == "" {
		if o := d.territoryOwner(sp.lo); o != nil {
			// "the Gaza health ministry" is not the health ministry of a
			// state named elsewhere in the article.
			return strings.ReplaceAll(o.gaz[0].name, " ", "-") + ":" + topic
		}
		return topic
	}
	return country + " " + topic
}

// lastCapital returns the capital city named last before token k, as a
// place.
func (d *doc) lastCapital(k int) *entity {
	for j := k - 1; j >= 0 && j >= k-600; j-- {
		sp, ok := d.spanEntity(j)
		if !ok {
			continue
		}
		if sp.kind == spanGaz && sp.ent != nil && sp.ent.typ == graph.Location && len(sp.gaz) > 0 && sp.gaz[0].form == formCapital {
			return sp.ent
		}
		j = sp.lo
	}
	return nil
}

// seats are capitals that, when they act, stand for the body seated there
// rather than for their state.
var seats = map[string]string{"Brussels": "European Union"}

// speechVerbs attribute a statement to whoever stands beside them.
var speechVerbs = setOf("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted",
	"notes", "stated", "states", "claimed", "claims", "insisted", "warned", "stressed", "emphasized",
	"emphasised", "explained", "argued", "replied", "announced", "confirmed", "tweeted", "posted", "remarked",
	"declared", "posting", "writing", "saying", "adding", "claiming", "told")

// noteGazMinistry records a state's ministry known to the gazetteer under
// its topic, so that a later short form names it: "the Russian Defence
// Ministry said ... the Defence Ministry said". The first ministry of a
// topic keeps the short form.
func (d *doc) noteGazMinistry(g gazEntry, e *entity) {
	if g.typ != graph.Organization || g.country == "" {
		return
	}
	words := strings.Fields(strings.ToLower(g.name))
	if !slices.Contains(words, "ministry") {
		return
	}
	topic := ""
	for _, w := range words {
		if ministryTopics[w] != "" {
			topic = ministryTopics[w]
			break
		}
	}
	if topic == "" {
		return
	}
	if d.ministries == nil {
		d.ministries = make(map[string]*entity)
	}
	for _, k := range []string{g.country + " " + topic, topic} {
		if d.ministries[k] == nil {
			d.ministries[k] = e
		}
	}
}

// bodyQualifiers may stand between "the" and a body noun that points back:
// "the armed group", "the regional bloc", "the rebel movement".
var bodyQualifiers = setOf("armed", "militant", "rebel", "jihadist", "islamist", "insurgent", "separatist",
	"paramilitary", "extremist", "regional", "military", "trade", "political", "opposition", "ruling")

// backingWords after a state's name and a hyphen say who stands behind a
// body: "the Iran-backed rebels".
var backingWords = setOf("backed", "allied", "aligned", "supported", "funded", "sponsored", "armed", "based")

// backedBy reports whether the body noun at k follows "the <Name>-backed":
// the body is one named before, told by who backs it or where it sits
// ("the Houthis ... the Iran-backed rebels fired", "the Somalia-based
// group").
func (d *doc) backedBy(k int) bool {
	return backingWords[d.tok(k-1).lower] && d.tok(k-2).text == "-" && d.tok(k-3).cap && d.tok(k-4).lower == "the"
}

// qualifiedBodyAt returns how many tokens from k make "armed group" in
// "the armed group said" or "the Somalia-based jihadist group": a
// qualifier and a body noun after "the" or a backer, the noun not opening
// a name of its own. It returns 0 otherwise.
func (d *doc) qualifiedBodyAt(k, hi int) int {
	t, h := d.toks[k], d.tok(k+1)
	if k+1 >= hi || !bodyQualifiers[t.lower] || t.cap || h.cap || !bodyHeads[h.lower] || (d.tok(k-1).lower != "the" || d.spanAt[k-1] != 0) && !d.backedBy(k) {
		return 0
	}
	if n := d.tok(k + 2); n.cap || n.lower == "of" || n.lower == "'s" {
		return 0
	}
	return 2
}
