package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// stateBodyNouns map the lower-case words for a state's own body to the
// noun of its node's name: "Sudan's military", "the Sudanese army" and
// "Sudan's armed forces" are one army.
var stateBodyNouns = map[string]string{"army": "army", "military": "army", "armed forces": "army",
	"navy": "navy", "air force": "air force", "coast guard": "coast guard", "border guard": "border guard",
	"embassy": "embassy", "consulate": "consulate", "cabinet": "cabinet", "police": "police",
	"parliament": "parliament", "central bank": "central bank", "presidential office": "presidential office",
	"presidency": "presidency"}

// branchStates field an army, a navy and an air force that the news names
// apart: "the US military" is none of them, and not its army.
var branchStates = setOf("US", "GB")

// stateAttributives are the forms news names a state's bodies with where
// that is not the state's first demonym: "the US embassy", "the Myanmar
// military".
var stateAttributives = map[string]string{"US": "US", "MM": "Myanmar", "PH": "Philippine"}

// stateBodySpan marks the n lower-case words at i as the body of the state
// named just before them, written through end ("China's embassy in
// Lima"). The node takes the state's adjective and the body's noun
// ("Chinese embassy", the form gold names such bodies with most); the
// words as written stay as an alias.
func (d *doc) stateBodySpan(i, n, end, si int) span {
	state := d.spans[len(d.spans)-1]
	sp := span{lo: i, hi: i + n, sent: si, kind: spanName, typ: graph.Organization, alias: d.ownedBodyText(end)}
	for k := i; k < i+n; k++ {
		sp.toks = append(sp.toks, d.toks[k].lower)
	}
	code, noun := state.gaz[0].code, stateBodyNouns[strings.Join(sp.toks, " ")]
	if end > i+n+1 {
		// "China's embassy in Lima": a mission is one of many its state
		// keeps, so its host is part of its key and name, and the embassy
		// in Lima never merges with the one in Manila.
		noun += " in " + d.spanText(i+n+1, end)
	}
	sp.name, sp.stateKey = d.stateBodyName(code, noun), code+" "+noun
	return sp
}

// stateBodyName returns the node name of a state's body: its adjective and
// the body's noun, "Sudanese army", whichever way an article words it, so
// that every article names it alike and its id stays the same. A state
// with no adjective takes the possessive: "Dominican Republic's army".
func (d *doc) stateBodyName(code, noun string) string {
	adj := stateAttributives[code]
	if adj == "" {
		adj = d.lex.adjectives[code]
	}
	if adj == "" {
		adj = d.lex.countries[code].name + "'s"
	}
	return adj + " " + noun
}

// stateBodyEntity returns the node of the state's body keyed "<ISO
// alpha-2> <noun>", first named at token lo: the same body met before
// ("Sudan's army ... the Sudanese military"), the state's regular force as
// the gazetteer knows it wherever the article names it ("Sudanese Armed
// Forces ... the Sudanese army"), or a new node.
func (d *doc) stateBodyEntity(key string, lo int) *entity {
	if o := d.stateBodies[key]; o != nil {
		return o
	}
	if d.stateBodies == nil {
		d.stateBodies = make(map[string]*entity)
	}
	if o := d.sameMission(key); o != nil {
		d.stateBodies[key] = o
		return o
	}
	code, noun, _ := strings.Cut(key, " ")
	if noun == "army" && !branchStates[code] {
		for k := range d.spans {
			g := &d.spans[k]
			if g.kind != spanGaz || len(g.gaz) == 0 {
				continue
			}
			if e := g.gaz[0]; e.typ == graph.Organization && e.kind == "armed forces" && e.country == code && wholeForce(e.name) {
				d.stateBodies[key] = d.entityFor(e)
				return d.stateBodies[key]
			}
		}
	}
	name := d.stateBodyName(code, noun)
	for _, n := range []string{name, d.lex.countries[code].name + " " + noun} {
		if g, ok := d.gazBody(n, code); ok {
			// "Israel's army" is the force the gazetteer knows as "Israeli
			// army"; "Japan's coast guard" is the "Japan Coast Guard".
			d.stateBodies[key] = d.entityFor(g)
			return d.stateBodies[key]
		}
	}
	e := d.register(&entity{id: graph.EntityID(graph.Organization, name), typ: graph.Organization, name: name, first: lo, confirmed: true})
	head, _, hosted := strings.Cut(noun, " in ")
	if hosted {
		// "US embassy" is how most text names it.
		e.forms = append(e.forms, d.stateBodyName(code, head))
	}
	d.bodyByHead[head] = e // "the Army" later
	d.stateBodies[key] = e
	return e
}

// sameMission returns the mission of the same state the article named
// before with or without its host: "the Chinese embassy" after "China's
// embassy in Lima", or the other way round, is the same mission. With
// several hosts named, the first named wins, so output does not depend on
// map order.
func (d *doc) sameMission(key string) *entity {
	base, _, hosted := strings.Cut(key, " in ")
	if !strings.HasSuffix(base, " embassy") && !strings.HasSuffix(base, " consulate") {
		return nil
	}
	if hosted {
		return d.stateBodies[base]
	}
	var first *entity
	for k, e := range d.stateBodies {
		if strings.HasPrefix(k, base+" in ") && (first == nil || e.first < first.first) {
			first = e
		}
	}
	return first
}

// gazBody returns the gazetteer's body of the state code that name is a
// name or alias of: "Israeli army" is the Israel Defense Forces.
func (d *doc) gazBody(name, code string) (gazEntry, bool) {
	var key []string
	for _, t := range tokenize(name) {
		key = append(key, t.lower)
	}
	for _, g := range d.lex.gaz.m[strings.Join(key, " ")] {
		if g.typ == graph.Organization && g.country == code {
			return g, true
		}
	}
	return gazEntry{}, false
}

// wholeForce reports whether a regular force's name is the state's whole
// army rather than a command, fleet or guard: "Sudanese Armed Forces",
// "Nigerian Army", "Rwanda Defence Force".
func wholeForce(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, " army") || strings.Contains(n, "armed forces") ||
		strings.Contains(n, "defence force") || strings.Contains(n, "defense force")
}

// soleStateArmy returns the army of the one state whose army the article
// names, even as a modifier ("Chadian army spokesman"), for a bare "the
// army" that names none before it; nil when none or several are named.
func (d *doc) soleStateArmy() *entity {
	key := ""
	for k := range d.spans {
		g := &d.spans[k]
		var code string
		switch {
		case g.stateKey != "":
			if !strings.HasSuffix(g.stateKey, " army") {
				continue
			}
			code, _, _ = strings.Cut(g.stateKey, " ")
		case g.kind == spanGaz && len(g.gaz) > 0 && g.gaz[0].typ == graph.Country:
			at := g.hi
			if g.gaz[0].form != formDemonym {
				if d.tok(at).lower != "'s" {
					continue
				}
				at++
			}
			if w := d.tok(at); w.cap || w.lower != "army" && w.lower != "military" {
				continue
			}
			code = g.gaz[0].code
		default:
			continue
		}
		if branchStates[code] {
			continue
		}
		if key != "" && key != code+" army" {
			return nil
		}
		key = code + " army"
	}
	if key == "" {
		return nil
	}
	return d.stateBodyEntity(key, len(d.toks))
}

// stateNameBefore reports whether a state's own name stands just before
// token i as a noun adjunct after "the" or at the sentence's start: "the
// US embassy", "Nepal police said". Elsewhere it more often ends a phrase
// of its own ("troops in Syria army units joined").
func (d *doc) stateNameBefore(i int) bool {
	k := len(d.spans) - 1
	if k < 0 || d.spans[k].kind != spanGaz || d.spans[k].hi != i {
		return false
	}
	g := d.spans[k].gaz[0]
	if g.typ != graph.Country || g.form != formName {
		return false
	}
	lo := d.spans[k].lo
	return d.tok(lo-1).lower == "the" || d.sentenceOpens(lo)
}

// sharedOrganNames are names many states give a body, chamber, court or
// office of their own, though a gazetteer may file one under a single
// state: "Ukraine's General Staff" and "Russia's General Staff" are two,
// and "Congress", "the Senate" or Pakistan's and Britain's "Foreign
// Office" are not always the one the gazetteer knows. A name only one
// state uses ("White House", "Kremlin") keeps its state wherever it is
// told.
var sharedOrganNames = setOf("General Staff", "National Assembly", "Constitutional Court", "Supreme Court", "Parliament",
	"Cabinet", "Presidency", "National Guard", "Coast Guard", "Border Guard", "Central Bank", "Election Commission",
	"Electoral Commission", "National Security Council", "Council of Ministers",
	"Congress", "Senate", "House of Representatives", "House of Councillors", "Foreign Office")

// govBody reports whether a gazetteer match names a state's body of
// government.
func govBody(gaz []gazEntry) bool {
	return len(gaz) > 0 && gaz[0].typ == graph.Organization && gaz[0].kind == "government body"
}

// foreignOrganAt reports whether the gazetteer's body at i, named after
// another state, follows a state that owns it: "Peru's Congress", "the
// Chilean Senate" are not the US Congress and Senate the gazetteer knows
// by those bare names, and "Brazil's Supreme Court" is Brazil's own.
func (d *doc) foreignOrganAt(i int, gaz []gazEntry) bool {
	if !govBody(gaz) || !d.stateBefore(i) {
		return false
	}
	state := d.spans[len(d.spans)-1].gaz[0].code
	return gaz[0].country != state && strings.EqualFold(d.spanText(i, i+len(strings.Fields(gaz[0].name))), gaz[0].name)
}

// ownedOrganSpan marks the n words at i as the organ of the state named
// just before them, the words as written kept as an alias.
func (d *doc) ownedOrganSpan(i, n, si int) span {
	sp := span{lo: i, hi: i + n, sent: si, alias: d.ownedBodyText(i + n)}
	d.keyOrgan(&sp, d.spans[len(d.spans)-1].gaz[0].code)
	return sp
}

// keyOrgan makes span sp the organ of state code, keyed by the state and
// the words as written, as a state's body in lower case is ("Peruvian
// Congress").
func (d *doc) keyOrgan(sp *span, code string) {
	noun := d.spanText(sp.lo, sp.hi)
	sp.kind, sp.typ, sp.gaz, sp.toks = spanName, graph.Organization, nil, nil
	for k := sp.lo; k < sp.hi; k++ {
		sp.toks = append(sp.toks, d.toks[k].lower)
	}
	sp.name, sp.stateKey = d.stateBodyName(code, noun), code+" "+noun
}

// bareOrgans gives the state that owns an organ elsewhere in the article
// to the organ's bare mentions: in a story of "Peru's Congress", a
// "Congress" that removed the president is Peru's too, not the US
// Congress the gazetteer knows by that name, and a "General Staff
// spokesman" after "Ukraine's General Staff" speaks for Ukraine's. An
// article that names the organs of two states leaves its bare mentions as
// they are.
func (d *doc) bareOrgans() {
	owned := map[string]*span{}
	for k := range d.spans {
		sp := &d.spans[k]
		if sp.stateKey == "" || sp.kind != spanName {
			continue
		}
		noun := d.spanText(sp.lo, sp.hi)
		if o, ok := owned[noun]; ok && o != nil && o.stateKey != sp.stateKey {
			owned[noun] = nil // two states' organs: neither owns the bare name
		} else if !ok {
			owned[noun] = sp
		}
	}
	for k := range d.spans {
		sp := &d.spans[k]
		noun := d.spanText(sp.lo, sp.hi)
		if !(sp.kind == spanGaz && govBody(sp.gaz)) && !(sp.kind == spanName && sp.stateKey == "" && sharedOrganNames[noun]) {
			continue
		}
		o := owned[noun]
		if o == nil || d.tok(sp.lo-1).lower == "'s" || d.spanAt[max(sp.lo-1, 0)] != 0 {
			continue // "the US Congress", "Chile's Senate": a state of its own named
		}
		code, _, _ := strings.Cut(o.stateKey, " ")
		d.keyOrgan(sp, code)
		sp.alias = noun // the bare name stays one of its names
	}
	d.homeOrgans()
}

// homeOrgans gives a bare chamber the gazetteer files under a state the
// article never names to the state of its dateline: in "BANGKOK (Reuters)
// - ... took most seats in the House of Representatives" the House
// is Thailand's, not the US House the gazetteer knows by that name.
func (d *doc) homeOrgans() {
	home := d.datelineState()
	if home == "" {
		return
	}
	named := map[string]bool{} // states the article names other than by a bare chamber
	var bare []*span
	for k := range d.spans {
		switch sp := &d.spans[k]; {
		case d.bareChamber(sp):
			bare = append(bare, sp)
		case sp.kind == spanGaz && len(sp.gaz) > 0:
			named[sp.gaz[0].code], named[sp.gaz[0].country] = true, true
		}
	}
	for _, sp := range bare {
		if state := sp.gaz[0].country; state == "" || state == home || named[state] || d.spanAt[max(sp.lo-1, 0)] != 0 {
			continue // "the Bougainville House of Representatives": a region's own
		}
		sp.alias = d.spanText(sp.lo, sp.hi)
		d.keyOrgan(sp, home)
	}
}

// bareChamber reports whether span sp is a gazetteer chamber or office
// named by a name many states share, as the gazetteer writes it:
// "Congress", not "the US Senate" or "the White House".
func (d *doc) bareChamber(sp *span) bool {
	if sp.kind != spanGaz || !govBody(sp.gaz) {
		return false
	}
	noun := d.spanText(sp.lo, sp.hi)
	return sharedOrganNames[noun] && noun == sp.gaz[0].name
}

// datelineState returns the ISO code of the state the article's dateline
// places it in ("BANGKOK (Reuters) -", "NICOSIA, May 25 -"), or "".
func (d *doc) datelineState() string {
	for _, sp := range d.datelineSpans(2) {
		if sp.kind != spanGaz || len(sp.gaz) == 0 {
			continue
		}
		if g := sp.gaz[0]; g.typ == graph.Country {
			return g.code
		} else if g.typ == graph.Location && g.country != "" {
			return g.country
		}
	}
	return ""
}

// datelineSpans returns the names of the article's dateline, looked for in
// its first n sentences: the dateline stands in the first, or in the
// second after a headline.
func (d *doc) datelineSpans(n int) []*span {
	var out []*span
	for si := 0; si < len(d.sents) && si < n; si++ {
		s := d.sents[si]
		cut := d.pastDateline(s.lo, s.hi)
		if cut == s.lo {
			continue
		}
		for _, sp := range d.walk(s.lo, cut) {
			if sp != nil && sp.hi <= cut {
				out = append(out, sp)
			}
		}
	}
	return out
}
