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

var orgKeywords = setOf("navy", "marines", "gendarmerie", "ministry", "ministries", "commission", "council", "committee", "party", "army", "forces",
	"agency", "bank", "organization", "organisation", "union", "court", "parliament", "assembly", "office",
	"department", "institute", "university", "news", "times", "post", "corporation", "group", "front",
	"movement", "brigade", "brigades", "guard", "guards", "police", "service", "services", "authority",
	"administration", "channel", "network", "tv", "radio", "foundation", "fund", "alliance", "coalition",
	"federation", "league", "association", "company", "inc.", "corp.", "ltd", "cabinet", "secretariat",
	"directorate", "command", "board", "bureau", "tribunal", "church", "embassy", "senate", "congress",
	"club", "centre", "center", "observatory", "journal", "gazette", "herald", "tribune", "telegraph",
	"daily", "broadcasting", "agency", "bloc", "junta", "government", "parliament", "regime", "taskforce",
	"community", "institution", "mission", "force", "brigade", "battalion", "division", "corps", "council", "platform",
	"staff", "registry", "fleet")

var mediaKeywords = setOf("news", "times", "post", "channel", "network", "tv", "radio", "journal", "gazette",
	"herald", "tribune", "telegraph", "daily", "broadcasting")

var placeKeywords = setOf("district", "region", "province", "oblast", "city", "town", "village", "valley",
	"river", "mountains", "mountain", "sea", "ocean", "island", "islands", "strait", "gulf", "bay", "peninsula",
	"desert", "square", "airport", "port", "camp", "crossing", "bridge", "street", "avenue", "heights", "hills",
	"county", "governorate", "prefecture", "canal", "lake", "coast", "plain", "corridor", "plateau", "dam",
	"territory", "territories", "border", "base", "palace", "road", "highway", "boulevard", "bazaar", "penitentiary",
	"hospital", "mosque", "stadium")

// siteNouns name a fixed site; "at" after one introduces its place: "the
// crossings at Rafah", "a checkpoint at Qalandia".
var siteNouns = setOf("crossing", "crossings", "checkpoint", "checkpoints", "border", "base", "bases", "camp",
	"port", "terminal", "station", "post", "posts", "points", "point", "plant", "facility", "mine", "dam")

// firstPlaceWords open the name of a place: "Place de la Concorde".
var firstPlaceWords = setOf("place", "mount", "lake", "cape", "fort", "gulf", "bay", "strait", "isle", "port", "camp",
	"palace", "palais")

// placeNouns follow a name and make it a place: "Obolonskyi district",
// "Velyka town", "Orso department" (the unit of Colombia, Benin or Peru).
// Administrative units stay part of the name.
var placeNouns = map[string]bool{"district": true, "department": true, "region": true, "province": true, "oblast": true,
	"county": true, "governorate": true, "prefecture": true, "airport": true, "camp": true, "school": true,
	"hospital": true, "quarter": true, "mosque": true, "market": true, "stadium": true, "prison": true, "palace": true, "complex": true, "refinery": false, "valley": true, "road": true, "highway": true,
	"canal": true, "harbour": true, "harbor": true, "town": false, "city": false, "village": false, "neighborhood": false, "neighbourhood": false,
	"suburb": false, "township": false, "municipality": false, "island": false, "area": false, "state": false}

// placeContext reports whether the words before a run make it a place:
// "in X", "toward X", "the city of X".
func (d *doc) placeContext(sp *span) bool {
	if d.prevWord(sp.lo) == "of" {
		switch d.tok(sp.lo - 2).lower {
		case "town", "city", "village", "province", "district", "region", "port", "hometown", "birthplace":
			return true // "the town of Hope": whatever the word, a place
		}
	}
	if d.prevWord(sp.lo) == "of" && placeListCues[d.tok(sp.lo-2).lower] && !d.tok(sp.lo-2).cap {
		return true // "the villages of Hope and Ash"
	}
	for _, t := range sp.toks {
		if d.lex.words[t] || d.lex.given[t] {
			return false
		}
	}
	if n := d.tok(sp.hi); len(sp.toks) == 1 && !n.cap && (n.lower == "nation" || n.lower == "country") {
		return false // "in the Andean nation": a word describing the state
	}
	if b := d.tok(sp.lo - 1); !b.cap && (b.lower == "neighbouring" || b.lower == "neighboring") {
		return true // "attacks on neighbouring Kerbati"
	}
	p := d.prevWord(sp.lo)
	switch p {
	case "in", "near", "outside", "toward", "towards", "into", "around":
		return true
	case "at":
		return siteNouns[d.tok(sp.lo-2).lower] // "the crossing at Rafah"
	case "of":
		switch d.tok(sp.lo - 2).lower {
		case "city", "town", "village", "province", "region", "district", "outskirts", "suburbs", "port", "capital":
			return true
		}
	}
	return false
}

// resolveNames decides what every span names: countries and metonymy,
// places, organisations, and people with surname resolution.
func (d *doc) resolveNames() {
	d.classifyRuns()
	d.bindAcronyms()
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
	d.relinkBodies()
}

// classifyRuns types each capitalised run from its own words and context.
func (d *doc) classifyRuns() {
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName || sp.typ != "" {
			continue
		}
		if creedOnly(sp.toks) {
			sp.weak = true // "Islamist militants", "Suspected Sunni gunmen": no one named
			continue
		}
		last := sp.toks[len(sp.toks)-1]
		first := sp.toks[0]
		nextTok := d.tok(sp.hi)
		switch {
		case (first == "palace" || first == "palais") && len(sp.toks) > 1:
			sp.typ = graph.Location // "Palace of the Parliament": the building, whoever sits in it
			continue
		case orgKeywords[last] || first == "ministry" || first == "department" || first == "office" || first == "radio" || d.bodyOf(sp):
			if len(sp.toks) > 1 {
				sp.typ = graph.Organization
			}
			continue
		case placeKeywords[last] && len(sp.toks) > 1, firstPlaceWords[first] && len(sp.toks) > 1,
			d.facilityRun(sp):
			sp.typ = graph.Location
			continue
		}
		if orgDescriptors[d.tok(sp.lo-1).lower] && !d.tok(sp.lo-1).cap {
			// "the rights group OVD-Info", "the broadcaster Kanal 13"
			sp.typ = graph.Organization
			continue
		}
		if d.appositiveBody(sp) {
			// "the country's main exporters' association, Analdex, said"
			sp.typ = graph.Organization
			continue
		}
		if d.mediaAfter(sp.hi) && !(sp.weak && mediaQualifiers[first]) {
			sp.typ = graph.Organization // "Al-Ikhbariya state television", "Kanal 5 TV"
			continue
		}
		if n := d.sitePairAt(sp.hi, sp.sent); n > 0 {
			sp.typ = graph.Location // "the Khor Mor gas field": the site, named with its noun
			for k := sp.hi; k < sp.hi+n; k++ {
				sp.name += " " + d.toks[k].text
				d.spanAt[k] = int32(i + 1)
			}
			sp.hi += n
			continue
		}
		if keep, ok := placeNouns[nextTok.lower]; ok && !nextTok.cap && d.sentOf[min(sp.hi, len(d.toks)-1)] == int32(sp.sent) &&
			!(nextTok.lower == "department" && d.lex.words[first]) { // "the Justice department" is a ministry
			sp.typ = graph.Location
			if keep {
				sp.name += " " + nextTok.text
				sp.hi++
				d.spanAt[sp.hi-1] = int32(i + 1)
			} else {
				sp.alias = sp.name + " " + nextTok.text // "Velyka town"
			}
			continue
		}
		if d.inPlaceList(sp) {
			sp.typ = graph.Location // "the Vella and Orso districts"
			continue
		}
		if d.isAcronym(sp) {
			// An unknown all-capital word names a body, not a person: "the
			// JCS said", "state television ORTM".
			sp.typ = graph.Organization
			continue
		}
		if d.sents[sp.sent].heading || sp.weak {
			continue
		}
		if nextTok.text == "," && d.describedAsBody(sp.hi+1) && (len(sp.toks) >= 2 || !d.lex.words[sp.toks[0]]) {
			sp.typ = graph.Organization // "the Lake Chad Research Centre, an independent think tank"
			continue
		}
		if art := d.tok(sp.lo - 1).lower; bodyNouns[nextTok.lower] && (art == "a" || art == "an") {
			continue // "a Hutu militia", "an Islamist group": a description, not a name
		}
		if bodyNouns[nextTok.lower] && !nextTok.cap && len(sp.toks) <= 3 && d.tok(sp.hi+1).lower != "of" && !d.sents[sp.sent].heading {
			// "the Likud party", "Somalia's Disaster Management Agency"
			sp.typ = graph.Organization
			sp.alias = sp.name + " " + nextTok.text
			continue
		}
		if orgNouns[nextTok.lower] && !nextTok.cap && len(sp.toks) == 1 {
			// "Obama administration", "Netanyahu government"
			sp.typ = graph.Organization
			sp.name += " " + nextTok.text
			sp.hi++
			d.spanAt[sp.hi-1] = int32(i + 1)
			continue
		}
		sp.personScore = d.personEvidence(i)
		if (sp.personScore < 3 || sp.personScore == 3 && len(sp.toks) == 1) && d.placeContext(sp) {
			// One unknown word after "in" is a place even when officials
			// speak after it: "in Kestrel, district officials said".
			sp.typ = graph.Location // "in Dar es Salaam", "the city of Bukavu"
		}
	}
	d.classifyByList()
}

var prepositions = setOf("of", "for", "to", "at", "in", "with", "from", "by", "on")

// classifyByList types a run by the list it stands in: "in Kumasi, Tamale
// and Bolgatanga" lists places when its other members are places; "Amina
// Diallo and Oumar Traore" people when another member is one.
func (d *doc) classifyByList() {
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName || sp.typ != "" || sp.weak || d.sents[sp.sent].heading {
			continue
		}
		for _, o := range d.listNeighbours(i) {
			switch {
			case (o.typ == graph.Location || o.kind == spanGaz && len(o.gaz) > 0 && o.gaz[0].typ == graph.Location && o.gaz[0].form != formDemonym) &&
				sp.personScore < 3 && len(sp.toks) <= 2:
				sp.typ = graph.Location
			case o.kind == spanName && o.typ == "" && o.personScore >= 3 && sp.personScore < 3:
				sp.personScore += 2
			}
		}
	}
}

// listNeighbours returns the spans joined to span i by a comma or "and" in
// the same sentence.
func (d *doc) listNeighbours(i int) []*span {
	sp := &d.spans[i]
	var out []*span
	k := sp.lo - 1
	if d.tok(k).lower == "and" || d.tok(k).lower == "or" {
		k--
	}
	if d.tok(k).text == "," {
		k--
	}
	if k != sp.lo-1 {
		if o, ok := d.spanEntity(k); ok && o.sent == sp.sent && o.hi == k+1 {
			out = append(out, o)
		}
	}
	k = sp.hi
	if d.tok(k).text == "," {
		k++
	}
	if d.tok(k).lower == "and" || d.tok(k).lower == "or" {
		k++
	}
	if k != sp.hi {
		if o, ok := d.spanEntity(k); ok && o.sent == sp.sent && o.lo == k {
			out = append(out, o)
		}
	}
	return out
}

// tok returns the token at i, or a blank one outside the text.
func (d *doc) tok(i int) token {
	if i < 0 || i >= len(d.toks) {
		return token{}
	}
	return d.toks[i]
}

// pastThe is k, or the token after it when k is "the": most names an
// argument slot reads may carry the article ("helped the Kurds").
func (d *doc) pastThe(k int) int {
	if d.tok(k).lower == "the" {
		return k + 1
	}
	return k
}

// beforeThe is k, or the token before it when k is "the", for reading
// back from a name to the word that governs it ("accused the Kremlin").
func (d *doc) beforeThe(k int) int {
	if d.tok(k).lower == "the" {
		return k - 1
	}
	return k
}

// spanBefore returns the span ending right before token lo, skipping an
// opening bracket, or nil.
func (d *doc) spanBefore(lo int) *span {
	k := lo - 1
	if k >= 0 && d.toks[k].text == "[" {
		k--
	}
	for k >= 0 && k > lo-4 && d.spanAt[k] == 0 && d.toks[k].cap && honorifics[d.toks[k].lower] {
		k-- // "spokesman Col. Ali Hamid": the rank stands between
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
			if o, ok := d.lex.orgs[seats[e.name]]; ok {
				// "accusing Brussels of meddling": the EU acts.
				d.attach(sp, i, d.entityFor(o), surface, true)
				return
			}
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
		// "the Israeli government" names Israel by "Israeli": the article
		// belongs to the noun, not to the country's name.
		surface = strings.TrimPrefix(strings.TrimPrefix(surface, "the "), "The ")
		d.attach(sp, i, d.entityFor(e), surface, d.demonymActs(i))
	default:
		d.attach(sp, i, d.entityFor(e), surface, true)
		d.noteGazMinistry(e, sp.ent)
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
			if f := d.royalForm(i); f != "" {
				e.forms = append(e.forms, f)
			}
		}
	case graph.Organization, graph.Location:
		if sp.capitalRef {
			if c := d.lastCapital(sp.lo); c != nil {
				d.attach(sp, i, c, sp.name, true)
			}
			return
		}
		if sp.acronymOf > 0 {
			// An acronym defined by "Full Name (ACR)" names that body.
			if o := d.spans[sp.acronymOf-1].ent; o != nil {
				d.attach(sp, i, o, sp.name, true)
				return
			}
		}
		if sp.stateKey != "" {
			// "Sudan's army ... the Sudanese military": one node.
			e := d.stateBodyEntity(sp.stateKey, sp.lo)
			d.attach(sp, i, e, sp.alias, true)
			return
		}
		if sp.lower && (sp.toks[0] == "army" || sp.toks[0] == "military") && d.bodyRef(sp.toks[0], sp.lo) == nil &&
			(d.bodyActsAt(sp.hi) || d.bodySpeaksAt(sp.hi)) {
			if e := d.soleStateArmy(); e != nil {
				// "the army said", the article's one state army named
				// only later or only as a modifier.
				d.attach(sp, i, e, sp.name, true)
				return
			}
		}
		key := ""
		if sp.typ == graph.Organization {
			key = d.ministryKey(sp)
			if o := d.ministries[key]; key != "" && o != nil {
				// "the Ministry of Foreign Affairs" ... "the foreign ministry"
				d.attach(sp, i, o, sp.name, true)
				return
			}
		}
		if sp.lower {
			if o := d.bodyRef(sp.toks[0], sp.lo); o != nil {
				d.attach(sp, i, o, sp.name, true)
			}
			return // a lower-case body names nothing new
		}
		if e := d.unitStemEntity(i); e != nil {
			d.attach(sp, i, e, sp.name, true) // "in Kemmet ... Kemmet district": one place
			return
		}
		e := &entity{id: graph.EntityID(sp.typ, sp.name), typ: sp.typ, name: sp.name, first: sp.lo, confirmed: true}
		if code, _, ok := strings.Cut(key, " "); ok {
			// Every state has a "Health Ministry": the state's name keeps
			// them apart in the graph and across articles.
			e.name = d.lex.countries[code].name + "'s " + sp.name
			e.id = graph.EntityID(sp.typ, e.name)
			e.forms = append(e.forms, sp.name)
			if b := d.ownBareMinistry(key, e.name); b != nil {
				d.attach(sp, i, b, sp.name, true) // "the Defense Ministry ... Taiwan's Defense Ministry"
				return
			}
		}
		if key != "" {
			if d.ministries == nil {
				d.ministries = make(map[string]*entity)
			}
			defer func() {
				d.ministries[key] = sp.ent
				if _, topic, ok := strings.Cut(key, " "); ok {
					d.ministries[topic] = sp.ent // "the foreign ministry" later
				}
			}()
		}
		if sp.typ == graph.Organization && (mediaKeywords[sp.toks[len(sp.toks)-1]] || d.mediaBefore(sp.lo) || d.mediaAfter(sp.hi)) {
			e.kind, e.media = "media", true
		}
		e = d.register(e)
		if e.country == "" {
			e.country = sp.within
		}
		d.attach(sp, i, e, sp.name, true)
		if sp.alias != "" {
			e.forms = append(e.forms, sp.alias)
		}
		if e.typ == graph.Organization {
			if f := strings.Fields(strings.ToLower(e.name)); len(f) > 1 {
				d.bodyByHead[f[len(f)-1]] = e
			}
		}
	default:
		// A lone body word that names a body met before: "the Tribunal".
		if len(sp.toks) == 1 && orgKeywords[sp.toks[0]] {
			if e := d.bodyByHead[sp.toks[0]]; e != nil {
				d.attach(sp, i, e, sp.name, true)
			}
		}
	}
}

// creedWords name a faith, sect or doctrine: capitalised, yet "Islamist
// fighters", "Maoist rebels" or "Communist guerrillas" name no body.
var creedWords = setOf("islamist", "islamists", "jihadist", "jihadists", "sunni", "shia", "shiite", "shi'ite", "salafist",
	"salafi", "wahhabi", "maoist", "maoists", "marxist", "marxists", "communist", "communists", "christian", "christians",
	"muslim", "muslims", "catholic", "protestant", "orthodox", "alawite", "hindu", "buddhist", "evangelical", "islamic",
	"suspected", "alleged")

// creedOnly reports whether a run is made of creed words only.
func creedOnly(toks []string) bool {
	for _, t := range toks {
		if !creedWords[t] {
			return false
		}
	}
	return true
}

// mediaQualifiers open a sentence before a medium without naming it:
// "Public broadcaster DR said".
var mediaQualifiers = setOf("public", "private", "state", "national", "local", "independent", "official", "regional")

// mediaNouns after a name make it a broadcaster or paper.
var mediaNouns = setOf("television", "tv", "radio", "broadcaster", "newspaper", "daily", "channel", "media")

// mediaAfter reports whether lower-case media nouns follow at k: "state
// television", "TV", "news agency".
func (d *doc) mediaAfter(k int) bool {
	t := d.tok(k)
	if t.cap && !t.allUpper {
		return false
	}
	if t.lower == "state" || t.lower == "public" || t.lower == "private" {
		t = d.tok(k + 1)
	}
	return mediaNouns[t.lower] || t.lower == "news" && d.tok(k+1).lower == "agency"
}
