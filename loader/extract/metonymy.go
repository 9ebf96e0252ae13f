package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// stateNouns after a demonym make the demonym an actor: "Russian officials".
var stateNouns = setOf("government", "authorities", "officials", "official", "forces", "military", "army", "troops",
	"navy", "leaders", "leadership", "president", "ministry", "side", "regime", "embassy", "state", "team",
	"strikes", "strike", "attack", "attacks", "missile", "missiles", "drone", "drones", "airstrikes",
	"targets", "invasion", "offensive", "diplomats", "diplomacy", "counterpart", "counterparts",
	"administration", "parliament", "soldiers", "intelligence", "negotiating")

var subjectVerbs = setOf("said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will", "would",
	"could", "can", "may", "might", "must", "should", "agreed", "agrees", "agree", "rejected", "rejects",
	"accused", "accuses", "warned", "warns", "wants", "want", "hopes", "hope", "announced", "announces",
	"denied", "denies", "insisted", "insists", "demanded", "demands", "called", "calls", "urged", "urges",
	"responded", "refused", "refuses", "threatened", "threatens", "sees", "believes", "claimed", "claims",
	"condemned", "condemns", "criticized", "signed", "sent", "launched", "imposed", "plans", "seeks",
	"sought", "continues", "did", "does", "also", "remains", "recognized", "recognised", "expelled",
	"summoned", "retaliated", "vowed", "pledged", "offered", "proposed", "backed", "supports", "supported",
	"opposes", "opposed", "welcomed", "confirmed", "declined", "are", "coordinating", "agree", "hit", "struck",
	"drops", "drop", "dropped", "accepts", "accepted", "signs", "withdraws", "withdrew", "halts", "halted",
	"stops", "stopped", "ends", "ended", "agreed", "responded", "reacted", "retaliates", "demands", "warned")

var experiencerVerbs = setOf("faced", "suffered", "endured", "came", "been", "was", "remains", "lies", "sits", "woke", "saw")

var locPreps = setOf("in", "at", "near", "outside", "from", "into", "across", "around", "inside", "toward",
	"towards", "via", "over", "through", "to", "within", "throughout", "reached", "reach", "entered", "left",
	"visited", "visit", "of", "including", "like", "and", "as", "beyond", "between")

var motionVerbs = setOf("left", "leave", "leaves", "leaving", "departed", "headed", "bound", "flew", "set", "sailed", "destined")

var groupInNouns = setOf("leaders", "officials", "authorities", "government", "diplomats", "politicians",
	"lawmakers", "sources", "counterparts", "regime", "those", "leadership", "policymakers")

var actorObjectVerbs = setOf("accused", "accusing", "accuse", "urged", "urging", "urge", "pressed", "pressing",
	"press", "represented", "represents", "represent", "warned", "warning", "told", "blamed", "blaming",
	"criticized", "criticised", "condemned", "sanctioned", "punish", "punished", "with", "convince",
	"persuade", "pressure", "called", "asked", "asking", "allow", "allowed", "supporting", "support",
	"backing", "backed", "against", "than", "by")

var placeAfterPossessive = setOf("district", "districts", "streets", "street", "residents", "mayor", "outskirts",
	"suburbs", "suburb", "center", "centre", "airport", "region", "oblast", "province", "city", "metro",
	"skyline", "citizens", "neighborhood", "neighbourhood", "port", "harbor", "harbour", "old", "downtown")

// capitalActs decides metonymy: a capital acts for its state ("Moscow
// said", "pressure on Moscow", "Washington's tariffs") or is a place
// ("talks in Moscow", "strikes on Kyiv", a dateline).
func (d *doc) capitalActs(i int) bool {
	sp := &d.spans[i]
	prev, prev2 := d.tok(sp.lo-1), d.tok(sp.lo-2)
	next := d.tok(sp.hi)
	s := d.sents[sp.sent]
	// Dateline: "LONDON --", "BEIJING (dpa-AFX)", "Washington DC, April 16:".
	if sp.lo == s.lo && (sp.lo == 0 || d.tok(sp.lo).newlines >= 2 || d.toks[sp.lo].allUpper) {
		switch next.text {
		case "--", "—", "(", "/", "-", ":", ",":
			return false
		}
	}
	if prev.text == "/" {
		return false
	}
	if next.lower == "'s" {
		return !placeAfterPossessive[d.tok(sp.hi+1).lower]
	}
	if prev.lower == "in" && groupInNouns[prev2.lower] {
		return true
	}
	if prev.lower == "and" || prev.text == "," {
		// "Cairo and Doha are ...": the same reading as the first conjunct.
		for k := i - 1; k >= 0 && d.spans[k].sent == sp.sent && d.spans[k].hi >= sp.lo-3; k-- {
			if o := d.spans[k]; o.kind == spanGaz && o.ent != nil {
				return o.country
			}
		}
	}
	if prev.lower == "on" || prev.lower == "against" {
		if tr, n := d.lex.triggers.longest(d.toks, sp.lo-2, sp.lo-1); n > 0 && tr.typ == graph.Attack {
			return false // "strikes on Kyiv"
		}
		return true // "pressure on Moscow", "sanctions on Beijing"
	}
	if prev.lower == "for" && !motionVerbs[prev2.lower] {
		return true // "aid for Kyiv", not "left for Moscow"
	}
	if actorObjectVerbs[prev.lower] {
		return true
	}
	if locPreps[prev.lower] {
		return false
	}
	v := next
	k := sp.hi
	if next.lower == "and" {
		// "Cairo and Doha are coordinating": skip the second conjunct.
		if o := d.spanAt[min(sp.hi+1, len(d.toks)-1)]; o != 0 {
			k = d.spans[o-1].hi
			v = d.tok(k)
		}
	}
	if subjectVerbs[v.lower] {
		if experiencerVerbs[d.tok(k+1).lower] || experiencerVerbs[v.lower] {
			return false
		}
		return true
	}
	return false
}

// demonymActs reports whether a demonym makes its country an actor of the
// article rather than a plain adjective.
func (d *doc) demonymActs(i int) bool {
	sp := &d.spans[i]
	next := d.tok(sp.hi)
	last := d.toks[sp.hi-1].lower
	counted := d.tok(sp.lo-1).kind == tokNumber || numberWords[d.tok(sp.lo-1).lower] > 0 || vagueCounts[d.tok(sp.lo-1).lower] > 0
	if strings.HasSuffix(last, "s") && last != "swiss" && !counted || d.toks[sp.lo].lower == "the" && (next.kind != tokWord || subjectVerbs[next.lower]) {
		return true // "the Russians", "Israelis said", "the Chinese said"; not "46,000 Palestinians"
	}
	if stateNouns[next.lower] {
		return true
	}
	if n := d.spanAt[min(sp.hi, len(d.toks)-1)]; n != 0 && sp.hi < len(d.toks) {
		if o := d.spans[n-1]; o.kind == spanRole || o.kind == spanGaz && o.gaz[0].typ == graph.Organization {
			return true
		}
	}
	// "Egyptian, Qatari, and US mediators": a list whose last member acts.
	return false
}
