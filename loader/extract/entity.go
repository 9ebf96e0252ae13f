package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// entity is one person, country, organisation or place of the article.
type entity struct {
	idx     int
	id      string
	typ     graph.EntityType
	name    string
	kind    string
	code    string
	country string   // ISO alpha-2 the gazetteer places it in, for coreference only
	toks    []string // folded name tokens, for persons
	forms   []string // surface forms, in order of appearance
	spans   []int    // span indexes of its mentions
	first   int      // token index of the first mention
	// confirmed is false for a country named only by a demonym used as a
	// plain adjective ("Palestinian prisoners"): it is not reported.
	confirmed bool
	media     bool
}

var orgKeywords = setOf("ministry", "ministries", "commission", "council", "committee", "party", "army", "forces",
	"agency", "bank", "organization", "organisation", "union", "court", "parliament", "assembly", "office",
	"department", "institute", "university", "news", "times", "post", "corporation", "group", "front",
	"movement", "brigade", "brigades", "guard", "guards", "police", "service", "services", "authority",
	"administration", "channel", "network", "tv", "radio", "foundation", "fund", "alliance", "coalition",
	"federation", "league", "association", "company", "inc.", "corp.", "ltd", "cabinet", "secretariat",
	"directorate", "command", "board", "bureau", "tribunal", "church", "embassy", "senate", "congress",
	"club", "centre", "center", "observatory", "journal", "gazette", "herald", "tribune", "telegraph",
	"daily", "broadcasting", "agency", "bloc", "junta", "government", "parliament", "regime", "taskforce",
	"community", "institution", "mission", "force", "brigade", "battalion", "division", "corps", "council")

var mediaKeywords = setOf("news", "times", "post", "channel", "network", "tv", "radio", "journal", "gazette",
	"herald", "tribune", "telegraph", "daily", "broadcasting")

var placeKeywords = setOf("district", "region", "province", "oblast", "city", "town", "village", "valley",
	"river", "mountains", "mountain", "sea", "ocean", "island", "islands", "strait", "gulf", "bay", "peninsula",
	"desert", "square", "airport", "port", "camp", "crossing", "bridge", "street", "avenue", "heights", "hills",
	"county", "governorate", "prefecture", "canal", "lake", "coast", "plain", "corridor", "plateau", "dam",
	"territory", "territories", "border", "base")

// firstPlaceWords open the name of a place: "Place de la Concorde".
var firstPlaceWords = setOf("place", "mount", "lake", "cape", "fort", "gulf", "bay", "strait", "isle", "port", "camp")

// placeNouns follow a name and make it a place: "Solomyansky district",
// "Pahalgam town". Administrative units stay part of the name.
var placeNouns = map[string]bool{"district": true, "region": true, "province": true, "oblast": true,
	"county": true, "governorate": true, "prefecture": true, "town": false, "city": false, "village": false}

// placeContext reports whether the words before a run make it a place:
// "in X", "toward X", "the city of X".
func (d *doc) placeContext(sp *span) bool {
	for _, t := range sp.toks {
		if d.lex.words[t] || d.lex.given[t] {
			return false
		}
	}
	p := d.prevWord(sp.lo)
	switch p {
	case "in", "near", "outside", "toward", "towards", "into", "around":
		return true
	case "of":
		switch d.tok(sp.lo - 2).lower {
		case "city", "town", "village", "province", "region", "district", "outskirts", "suburbs", "port", "capital":
			return true
		}
	}
	return false
}

// orgDescriptors before a name make it a body: "the rights group OVD-Info".
var orgDescriptors = setOf("group", "organization", "organisation", "outlet", "agency", "newspaper", "daily",
	"channel", "broadcaster", "party", "movement", "company", "firm", "militia", "ngo", "watchdog", "monitor",
	"network", "website", "portal", "faction", "coalition", "alliance", "bloc", "insurer", "airline", "bank")

// orgNouns after a surname make a body: "Biden administration".
var orgNouns = setOf("administration", "government", "cabinet", "campaign")

// speechVerbs attribute a statement to whoever stands beside them.
var speechVerbs = setOf("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted",
	"notes", "stated", "states", "claimed", "claims", "insisted", "warned", "stressed", "emphasized",
	"emphasised", "explained", "argued", "replied", "announced", "confirmed", "tweeted", "posted", "remarked",
	"declared", "posting", "writing", "saying", "adding", "claiming", "told")

// resolveNames decides what every span names: countries and metonymy,
// places, organisations, and people with surname resolution.
func (d *doc) resolveNames() {
	d.classifyRuns()
	d.resolvePersons()
	for i := range d.spans {
		sp := &d.spans[i]
		switch sp.kind {
		case spanGaz:
			d.resolveGaz(i)
		case spanName:
			d.resolveRun(i)
		}
	}
}

// classifyRuns types each capitalised run from its own words and context.
func (d *doc) classifyRuns() {
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName {
			continue
		}
		last := sp.toks[len(sp.toks)-1]
		first := sp.toks[0]
		nextTok := d.tok(sp.hi)
		switch {
		case orgKeywords[last] || first == "ministry" || first == "department" || first == "office" || d.bodyOf(sp):
			if len(sp.toks) > 1 {
				sp.typ = graph.Organization
			}
			continue
		case placeKeywords[last] && len(sp.toks) > 1, firstPlaceWords[first] && len(sp.toks) > 1:
			sp.typ = graph.Location
			continue
		}
		if orgDescriptors[d.tok(sp.lo-1).lower] && !d.tok(sp.lo-1).cap {
			// "the rights group OVD-Info", "the broadcaster Kanal 13"
			sp.typ = graph.Organization
			continue
		}
		if keep, ok := placeNouns[nextTok.lower]; ok && !nextTok.cap && d.sentOf[min(sp.hi, len(d.toks)-1)] == int32(sp.sent) {
			sp.typ = graph.Location
			if keep {
				sp.name += " " + nextTok.text
				sp.hi++
				d.spanAt[sp.hi-1] = int32(i + 1)
			}
			continue
		}
		if d.sents[sp.sent].heading || sp.weak {
			continue
		}
		if orgNouns[nextTok.lower] && !nextTok.cap && len(sp.toks) == 1 {
			// "Biden administration", "Netanyahu government"
			sp.typ = graph.Organization
			sp.name += " " + nextTok.text
			sp.hi++
			d.spanAt[sp.hi-1] = int32(i + 1)
			continue
		}
		sp.personScore = d.personEvidence(i)
		if sp.personScore < 3 && d.placeContext(sp) {
			sp.typ = graph.Location // "in Dar es Salaam", "the city of Bukavu"
		}
	}
}

// tok returns the token at i, or a blank one outside the text.
func (d *doc) tok(i int) token {
	if i < 0 || i >= len(d.toks) {
		return token{}
	}
	return d.toks[i]
}

// spanBefore returns the span ending right before token lo, skipping an
// opening bracket, or nil.
func (d *doc) spanBefore(lo int) *span {
	k := lo - 1
	if k >= 0 && d.toks[k].text == "[" {
		k--
	}
	if k < 0 || d.spanAt[k] == 0 {
		return nil
	}
	return &d.spans[d.spanAt[k]-1]
}

// register adds e to the article's entities, or returns the one already
// under its id.
func (d *doc) register(e *entity) *entity {
	if prev, ok := d.entByKey[e.id]; ok {
		if e.first < prev.first {
			prev.first = e.first
		}
		return prev
	}
	e.idx = len(d.ents)
	d.ents = append(d.ents, e)
	d.entByKey[e.id] = e
	return e
}

func (d *doc) entityFor(e gazEntry) *entity {
	id := graph.EntityID(e.typ, e.name)
	if e.typ == graph.Country {
		id = graph.CountryID(e.code)
	}
	if prev, ok := d.entByKey[id]; ok {
		return prev
	}
	return d.register(&entity{id: id, typ: e.typ, name: e.name, kind: e.kind, code: e.code, country: e.country,
		first: 1 << 30, media: e.kind == "media", confirmed: e.typ != graph.Country})
}

// resolveGaz attaches a gazetteer span to its entity, deciding metonymy for
// capitals and whether a demonym makes its country an actor.
func (d *doc) resolveGaz(i int) {
	sp := &d.spans[i]
	if len(sp.gaz) == 0 {
		return
	}
	e := sp.gaz[0]
	for _, c := range sp.gaz {
		if c.form == formName && c.typ == graph.Country {
			e = c
		}
	}
	surface := d.spanText(sp.lo, sp.hi)
	switch {
	case e.form == formCapital:
		if d.capitalActs(i) {
			c, ok := d.lex.countries[e.country]
			if ok {
				sp.country = true
				d.attach(sp, i, d.entityFor(c), surface, true)
				return
			}
		}
		d.attach(sp, i, d.entityFor(e), surface, true)
	case e.form == formDemonym:
		sp.country = true
		d.attach(sp, i, d.entityFor(e), surface, d.demonymActs(i))
	default:
		d.attach(sp, i, d.entityFor(e), surface, true)
	}
}

func (d *doc) attach(sp *span, i int, e *entity, surface string, confirm bool) {
	sp.ent = e
	sp.typ = e.typ
	e.spans = append(e.spans, i)
	e.forms = append(e.forms, surface)
	if confirm {
		e.confirmed = true
	}
	if sp.lo < e.first {
		e.first = sp.lo
	}
}

// resolveRun turns a classified run into its entity.
func (d *doc) resolveRun(i int) {
	sp := &d.spans[i]
	switch sp.typ {
	case graph.Person:
		if sp.ent != nil {
			e := sp.ent
			sp.ent = nil
			d.attach(sp, i, e, sp.name, true)
		}
	case graph.Organization, graph.Location:
		e := &entity{id: graph.EntityID(sp.typ, sp.name), typ: sp.typ, name: sp.name, first: sp.lo, confirmed: true}
		if sp.typ == graph.Organization && mediaKeywords[sp.toks[len(sp.toks)-1]] {
			e.kind, e.media = "media", true
		}
		e = d.register(e)
		d.attach(sp, i, e, sp.name, true)
		if e.typ == graph.Organization {
			if f := strings.Fields(strings.ToLower(e.name)); len(f) > 1 {
				d.bodyByHead[f[len(f)-1]] = e
			}
		}
	default:
		// A lone body word that names a body met before: "the Commission".
		if len(sp.toks) == 1 && orgKeywords[sp.toks[0]] {
			if e := d.bodyByHead[sp.toks[0]]; e != nil {
				d.attach(sp, i, e, sp.name, true)
			}
		}
	}
}
