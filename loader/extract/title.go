package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// titleRelations: "Kenyan President William Ruto" leads Kenya; "Pentagon
// spokesman Pat Ryder" is affiliated with the Pentagon; "Ruben Vardanyan, a
// senior adviser to President Ilham Aliyev" with Aliyev.
func (d *doc) titleRelations() {
	for i := range d.spans {
		r := &d.spans[i]
		if r.kind != spanRole {
			continue
		}
		roleLo := r.lo
		// A place inside the title: "Middle East envoy".
		k := r.lo - 1
		if sp, ok := d.spanEntity(k); ok && sp.ent != nil && sp.ent.typ == graph.Location && sp.ent.country == "" {
			roleLo = sp.lo
			k = sp.lo - 1
		}
		if d.tok(k).lower == "'s" {
			k--
		} else if d.tok(k).text == ")" && d.tok(k-2).text == "(" {
			k -= 3 // "Organization of American States (OAS) Secretary General"
		}
		after := r.hi
		if d.tok(after).text == "[" {
			after++
		}
		_, namedBefore := d.spanEntity(k) // false before the text's start
		if d.tok(after).text == "," && (d.tok(k+1).lower == "'s" || d.ownedBodyAt(k) || possessivePronoun[d.tok(r.lo-1).lower]) {
			after++ // "The African Union's peace commissioner, Amina Bello"
		} else if p := d.appositionPerson(after); p != nil && (facingRoles[d.toks[r.hi-1].lower] || d.tok(k).lower == "the" ||
			namedBefore && (d.tok(k-1).lower == "the" || indefinite[d.tok(k-1).lower] && r.role == roleHead)) {
			// "his Egyptian counterpart, Badr Abdelatty,"; "a Hamas spokesman,
			// Ali Khan,": one of the body's staff, so no head of it.
			after = p.lo
		} else if w := d.tok(after).lower; (w == "to" || w == "for" || w == "at" || w == "in") && d.tok(k).kind == tokWord && namedBefore {
			// "The British envoy to Kenya, Jane Marriott", "Chile's ambassador in Lima, Ana Ruiz"
			j := after + 1
			for d.tok(j).lower == "the" {
				j++
			}
			if sp, ok := d.spanEntity(j); ok && d.tok(sp.hi).text == "," {
				after = sp.hi + 1
			}
		}
		if d.headOfBody(r, k) {
			continue
		}
		if rk, ok := d.spanEntity(after); ok && rk.kind == spanRole && rk.lo == after && after > r.hi && d.tok(after-1).text == "," {
			after = rk.hi // "Niger's military leader, General Abdou Tiani": the rank before the name
		}
		for n := 0; n < 3 && d.spanAt[min(after, len(d.toks)-1)] == 0 && d.tok(after).cap &&
			(honorifics[d.tok(after).lower] || rankQualifiers[d.tok(after).lower] && honorifics[d.tok(after+1).lower]); n++ {
			after++ // "spokesman Brig. Ali Khan", "military chief, Senior Gen. Ali Khan"
		}
		if p := d.remitPerson(r); p != nil {
			after = p.lo
		}
		person, _ := d.spanEntity(after)
		if person == nil || person.ent == nil || person.ent.typ != graph.Person {
			// Appositive: "Name, a close adviser to President X".
			d.appositive(r)
			continue
		}
		if possessivePronoun[d.tok(r.lo-1).lower] && !facingRoles[d.toks[r.hi-1].lower] {
			// "Its chairman, Paul Mensah", "its spokesman Ali Khan": the body named before.
			if o := d.lastBody(r.lo - 1); o != nil {
				d.roleClaim(person.ent, o, r, d.spanText(r.lo, r.hi), r.sent)
			}
			continue
		}
		if w := d.tok(r.lo - 1).lower; (w == "his" || w == "her") && r.role == roleHead && !facingRoles[d.toks[r.hi-1].lower] {
			// "..., his spokesman Bayo Adeyemi said": the person named before.
			if p := d.lastPerson(r.lo - 1); p != nil && p != person.ent && d.personIn(p, r.sent) {
				d.roleClaim(person.ent, p, r, d.spanText(r.lo, r.hi), r.sent)
			}
			continue
		}
		if d.tok(k).lower == "whose" && d.tok(k-1).text == "," {
			// "Chile, whose president Ana Ruiz ...": the state the clause hangs on.
			if a, ok := d.spanEntity(k - 2); ok && a.ent != nil && a.hi == k-1 && (a.ent.typ == graph.Country || a.ent.typ == graph.Organization) && !a.ent.media {
				d.roleClaim(person.ent, a.ent, r, d.spanText(r.lo, r.hi), r.sent)
			}
			continue
		}
		aff, _ := d.spanEntity(k)
		if aff == nil && (d.tok(k).lower == "ministry" || bodyHeads[d.tok(k).lower]) && !d.tok(k).cap {
			// "ministry spokesman Yusuf Danjuma": the ministry named before.
			var o *entity
			if d.tok(k).lower == "ministry" {
				for _, e := range d.ents {
					if e.typ == graph.Organization && strings.Contains(strings.ToLower(e.name), "ministry") && e.first < k {
						o = e
					}
				}
			} else {
				o = d.bodyRef(d.tok(k).lower, k)
			}
			if o != nil {
				d.roleClaim(person.ent, o, r, d.spanText(r.lo, r.hi), r.sent)
			}
			continue
		}
		if aff == nil || aff.ent == nil || aff.ent.media && !pressRoles[strings.ToLower(d.toks[r.hi-1].lower)] || aff.ent.typ == graph.Location || aff.sent != r.sent {
			continue
		}
		if aff.ent.kind == "international organization" && d.tok(aff.lo-1).lower == "'s" {
			// "Russia's U.N. ambassador": the state's envoy to the body.
			if c, ok := d.spanEntity(aff.lo - 2); ok && c.ent != nil && c.ent.typ == graph.Country {
				aff = c
			}
		}
		d.roleClaim(person.ent, aff.ent, r, d.spanText(roleLo, r.hi), r.sent)
	}
	d.helmRelations()
	d.partyMembers()
	d.memberOfRelations()
}

var possessivePronoun = setOf("its", "their")

// facingRoles stand against or beside a person, not for them: "his main
// opponent", "her counterpart".
var facingRoles = setOf("opponent", "opponents", "rival", "rivals", "challenger", "counterpart", "counterparts",
	"predecessor", "successor", "candidate")

// pressRoles tie a journalist to the outlet named before the title: "Le
// Monde correspondent Claire Dubois".
var pressRoles = setOf("reporter", "correspondent", "journalist", "editor", "columnist", "anchor", "photographer",
	"producer", "presenter", "commentator", "bureau chief", "chief")

// lastBody returns the organisation or country named last before token k
// within two sentences.
func (d *doc) lastBody(k int) *entity {
	stop := d.sents[max(int(d.sentOf[k])-2, 0)].lo
	for j := k - 1; j >= stop; j-- {
		if sp, e := d.actorAt(j); e != nil && e.typ != graph.Person {
			return e
		} else if sp != nil {
			j = sp.lo
		}
	}
	return nil
}

// partyMembers: "Orban said that his Fidesz party ..."
// ties the person to the body "his" names.
func (d *doc) partyMembers() {
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.ent == nil || sp.ent.typ != graph.Organization || sp.ent.media {
			continue
		}
		if p := d.partyOf(sp); p != nil {
			d.addClaim(claim{src: ent(p), dst: ent(sp.ent), typ: graph.Leads, mod: graph.Asserted, sent: sp.sent, conf: 0.55, role: "leader"})
		}
		if d.tok(sp.lo-1).lower == "'s" {
			// "Prigozhin's Wagner group"
			if p, ok := d.spanEntity(sp.lo - 2); ok && p.ent != nil && p.ent.typ == graph.Person && d.ledBody(sp) {
				// "Pashinyan's Civil Contract party", "Dbeibah's Government of
				// National Unity": a party or government is named by its leader.
				d.addClaim(claim{src: ent(p.ent), dst: ent(sp.ent), typ: graph.Leads, mod: graph.Asserted, sent: sp.sent, conf: 0.55, role: "leader"})
			} else if ok && p.ent != nil && p.ent.typ == graph.Person && sp.ent.kind != "media" && sp.ent.kind != "government body" {
				d.addClaim(claim{src: ent(p.ent), dst: ent(sp.ent), typ: graph.AffiliatedWith, mod: graph.Asserted, sent: sp.sent, conf: 0.55})
			}
			continue
		}
		if w := d.tok(sp.lo - 1).lower; w != "his" && w != "her" {
			continue
		}
		if p := d.lastPerson(sp.lo - 1); p != nil && d.sentOf[p.first] >= d.sentOf[sp.lo]-1 || p != nil && d.personIn(p, sp.sent) {
			d.addClaim(claim{src: ent(p), dst: ent(sp.ent), typ: graph.AffiliatedWith, mod: graph.Asserted, sent: sp.sent, conf: 0.6})
		}
	}
}

// personIn reports whether p is mentioned in sentence si.
func (d *doc) personIn(p *entity, si int) bool {
	for _, k := range p.spans {
		if d.spans[k].sent == si {
			return true
		}
	}
	return false
}

// roleClaim states LEADS for a head of state or of a body, else
// AFFILIATED_WITH with the role.
func (d *doc) roleClaim(p, org *entity, r *span, role string, si int) {
	lower := strings.ToLower(role)
	former := d.formerOffice(r, role)
	if former && r.role == roleLead && org.typ == graph.Country {
		return // "former Chilean president X" no longer heads the state, nor serves it
	}
	deputy := strings.Contains(lower, "deputy") || strings.Contains(lower, "vice") || former || strings.Contains(lower, " and ")
	typ := graph.AffiliatedWith
	switch {
	case deputy:
	case r.role == roleLead && (org.typ == graph.Country || org.typ == graph.Organization):
		typ = graph.Leads
	case r.role == roleLeadOrg && org.typ == graph.Organization:
		typ = graph.Leads
	case bodyLeadRoles[withoutRank(strings.TrimPrefix(lower, "the "))] && org.typ == graph.Organization:
		typ = graph.Leads // "Hezbollah chief Naim Qassem"; not "intelligence chief"
	case withoutRank(strings.TrimPrefix(lower, "the ")) == "commander" && org.typ == graph.Organization && !indefinite[d.tok(r.lo-1).lower]:
		typ = graph.Leads // "SDF commander Ali Khan", "the commander of the Sahel Corps"; not "a commander of"
	}
	if typ == graph.AffiliatedWith && !deputy && org.typ == graph.Country && strings.HasSuffix(lower, "counterpart") && d.facesLeader(r) {
		typ = graph.Leads // "Thai Prime Minister X and his Cambodian counterpart Y"
	}
	if org.typ == graph.Person && typ == graph.Leads {
		typ = graph.AffiliatedWith
	}
	role = strings.TrimPrefix(strings.TrimPrefix(role, "the "), "a ")
	d.addClaim(claim{src: ent(p), dst: ent(org), typ: typ, mod: graph.Asserted, sent: si, conf: 0.85, role: role, speaker: nil})
}

// bodyLeadRoles head the organisation named with them when nothing
// narrows them: "police chief", "GDF Chief of Staff". A "commander" leads
// the force named with it unless the text makes him one of several.
var bodyLeadRoles = setOf("chief", "chief of staff", "commander-in-chief")

// indefinite articles make a title one of several: "a commander of X".
var indefinite = setOf("a", "an", "one")

// rankWords may close a title before the name: "Chief of Staff Brigadier
// Omar Khan".
var rankWords = setOf("general", "brigadier", "colonel", "major", "admiral", "lieutenant", "captain", "marshal", "gen.", "brig.", "col.")

// withoutRank drops the ranks that close a lower-case title.
func withoutRank(role string) string {
	for {
		i := strings.LastIndexByte(role, ' ')
		if i < 0 || !rankWords[role[i+1:]] {
			return role
		}
		role = role[:i]
	}
}

// appositive reads "Name, a close adviser to X" and "Name, the Russian
// foreign minister".
func (d *doc) appositive(r *span) {
	k := r.lo - 1
	if d.tok(k).lower == "'s" && bodyHeads[d.tok(k-1).lower] && !d.tok(k-1).cap && d.tok(k-2).lower == "the" && d.tok(k-3).text == "," {
		// "Tom Brennan, the council's chairman,": the body named before.
		if person, ok := d.spanEntity(k - 4); ok && person.ent != nil && person.ent.typ == graph.Person && person.hi == k-3 {
			if o := d.bodyRef(d.tok(k-1).lower, k-1); o != nil {
				d.roleClaim(person.ent, o, r, d.spanText(r.lo, r.hi), r.sent)
			}
		}
		return
	}
	for k >= 0 && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the" || appositiveMods[d.toks[k].lower]) {
		k--
	}
	var country *entity
	if sp, ok := d.spanEntity(k); ok && sp.ent != nil && sp.ent.typ == graph.Country && sp.kind == spanGaz {
		country = sp.ent
		k = sp.lo - 1
		for k >= 0 && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the" || appositiveMods[d.toks[k].lower]) {
			k--
		}
	}
	if d.tok(k).text != "," {
		return
	}
	person, ok := d.spanEntity(k - 1)
	if !ok || person.ent == nil || person.ent.typ != graph.Person {
		return
	}
	role := d.spanText(r.lo, r.hi)
	if country != nil {
		d.roleClaim(person.ent, country, r, role, r.sent)
		return
	}
	switch d.tok(r.hi).lower {
	case "to", "of", "for", "at":
	default:
		return
	}
	j := r.hi + 1
	if sp, ok := d.spanEntity(j); ok && sp.kind == spanRole {
		j = sp.hi
	}
	for d.tok(j).lower == "the" {
		j++
	}
	if sp, ok := d.spanEntity(j); ok && sp.ent != nil && sp.ent.typ != graph.Location && !sp.ent.media {
		d.roleClaim(person.ent, sp.ent, r, role, r.sent)
	}
}

// helmRelations reads "at the helm of Togo", "his rule over X".
func (d *doc) helmRelations() {
	for si, s := range d.sents {
		for k := s.lo; k+2 < s.hi; k++ {
			w := d.toks[k].lower
			var c *entity
			switch {
			case (w == "helm" || w == "rule") && (d.tok(k+1).lower == "of" || d.tok(k+1).lower == "over"):
				_, c = d.actorAt(k + 2)
				if c != nil && c.typ != graph.Country {
					c = nil
				}
			case headVerbs[w] && (d.tok(k-1).lower == "who" || perfectAux[d.tok(k-1).lower] && d.tok(k-2).lower == "who") && !d.delegationAfter(k+1, s.hi):
				// A delegation's head is affiliated with its state: delegationHeads.
				// "William Ruto, who chairs the East African Community"
				j := k + 1
				for d.tok(j).lower == "the" {
					j++
				}
				_, c = d.actorAt(min(j, len(d.toks)-1))
			}
			if headVerbs[w] && d.tok(k+1).lower == "by" && strings.HasSuffix(w, "ed") {
				// "the Libyan National Army, led by Gen. Omar Saleh"
				j := k - 1
				if d.tok(j).text == "," {
					j--
				}
				if ledWords[d.tok(j).lower] && !d.tok(j).cap {
					j-- // "the Unity party, led by ..."
				}
				h := d.titleSkip(k+2, s.hi)
				_, org := d.actorAt(max(j, 0))
				if p := d.namedAt(h); p != nil && p.typ == graph.Person && org != nil && org.typ != graph.Person {
					d.addClaim(claim{src: ent(p), dst: ent(org), typ: graph.Leads, mod: d.modalityAt(k), sent: si, conf: 0.55, role: "leader"})
				}
				continue
			}
			if c == nil {
				continue
			}
			var p *entity
			for j := k - 1; j >= s.lo; j-- {
				if sp, ok := d.spanEntity(j); ok && sp.ent != nil && sp.ent.typ == graph.Person {
					p = sp.ent
					break
				}
			}
			if p != nil {
				d.addClaim(claim{src: ent(p), dst: ent(c), typ: graph.Leads, mod: d.modalityAt(k), sent: si, conf: 0.6, role: "leader"})
			}
		}
	}
}

var headVerbs = setOf("chairs", "chaired", "leads", "led", "heads", "headed", "runs", "ran", "commands", "commanded",
	"rules", "ruled", "governs", "governed")

// perfectAux stand between "who" and a head verb: "who has ruled Togo
// since 2005".
var perfectAux = setOf("has", "had", "have")

// titleSkip returns where the name starts after the titles at h: "led by
// Gen. Omar Saleh", "led by Prime Minister Ana Ruiz", "led by Ethiopian
// Prime Minister Ana Ruiz".
func (d *doc) titleSkip(h, hi int) int {
	for n := 0; n < 4 && h < hi; n++ {
		if d.spanAt[h] == 0 && d.toks[h].cap && honorifics[d.toks[h].lower] {
			h++
			continue
		}
		sp, ok := d.spanEntity(h)
		if !ok || sp.lo != h {
			break
		}
		if sp.kind == spanRole {
			h = sp.hi
			continue
		}
		if r, ok := d.spanEntity(sp.hi); ok && sp.country && r.kind == spanRole && r.lo == sp.hi {
			h = r.hi // the state the title is of
			continue
		}
		break
	}
	return h
}

// placeRelations: "Kharkiv, Ukraine" and "Goma, the capital of North
// Kivu" put a place in another.
func (d *doc) placeRelations() {
	d.nestedPlaces()
	d.commaPlaces()
	d.townPartPlaces()
	d.frontedPlaces()
	d.unitCapitalPlaces()
	for i := range d.spans {
		a := &d.spans[i]
		if a.ent == nil || a.ent.typ != graph.Location || d.tok(a.hi).text != "," {
			continue
		}
		if b, ok := d.spanEntity(d.compassStart(a.hi + 1)); ok && b.ent != nil && b.ent.typ == graph.Country && b.kind == spanGaz && !b.country {
			if d.stateOfPlace(a, b) {
				d.addClaim(claim{src: ent(a.ent), dst: ent(b.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.8})
			}
			continue
		}
		// "X, the (regional) capital of (the) Y"
		j := a.hi + 1
		if d.tok(j).lower != "the" && d.tok(j).lower != "a" {
			continue
		}
		largest := func(j int) bool { return placeUnits[d.tok(j).lower] && superlatives[d.tok(j-1).lower] }
		for n := 0; n < 3 && j < len(d.toks) && d.tok(j+1).lower != "of" && !(d.tok(j+1).lower == "in" && largest(j)); n++ {
			j++
		}
		if !(d.tok(j+1).lower == "of" && (containerNouns[d.tok(j).lower] || largest(j)) || d.tok(j+1).lower == "in" && largest(j)) {
			continue // "Kabul, the border town of Torkham and ..." lists places; "the largest city of" contains
		}
		j = d.placeStart(j + 2) // "the largest city in northern Mali"
		b, ok := d.spanEntity(j)
		if ok && b.country {
			// "the Russian-occupied Crimea": the place is the head noun.
			for n := 0; n < 5 && ok && (b.country || b.ent == nil); n++ {
				j = b.hi
				for j < len(d.toks) && d.spanAt[j] == 0 && n < 5 && (d.toks[j].text == "-" || d.toks[j].kind == tokWord && !d.toks[j].cap) {
					j++
				}
				b, ok = d.spanEntity(j)
			}
		}
		if ok && b.ent != nil && (b.ent.typ == graph.Location || b.ent.typ == graph.Country) && b.ent != a.ent && !b.country {
			d.addClaim(claim{src: ent(a.ent), dst: ent(b.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.7})
		}
	}
}

// containerNouns in "X, the <noun> of Y" put X inside Y.
var containerNouns = setOf("capital", "part", "heart", "centre", "center", "outskirts", "edge", "seat", "gateway")

// superlatives before a unit noun make "X, the largest city of Y" put X in Y.
var superlatives = setOf("largest", "biggest", "second-largest", "main", "principal", "second", "third", "oldest", "chief")

// placeUnits may stand between a place and what contains it: "the Karak
// area in Hebron Governorate", "the Kibera neighbourhood of X".
var placeUnits = setOf("area", "district", "region", "province", "neighborhood", "neighbourhood", "suburb",
	"suburbs", "town", "city", "village", "county", "municipality", "governorate", "state", "oblast", "township",
	"camp", "airport", "port", "capital", "island", "outskirts")

// settlementUnits name a place smaller than a region or a sea.
var settlementUnits = setOf("city", "town", "village", "port", "capital", "camp", "township", "suburb", "neighborhood", "neighbourhood")

// wideKinds are gazetteer kinds of places that hold cities.
var wideKinds = setOf("sea", "region", "strait", "river", "area")

// nestedPlaces reads the other ways news puts one place in another:
// "Mali's capital Bamako", "Bamako's Faladié district", "the northern
// Nigerian city of Kano", "the Karak area in Hebron Governorate".
func (d *doc) nestedPlaces() {
	place := func(sp *span) bool {
		return sp != nil && sp.ent != nil && (sp.ent.typ == graph.Location || sp.ent.typ == graph.Country && sp.kind == spanGaz && !sp.country)
	}
	for i := range d.spans {
		a := &d.spans[i]
		if a.ent == nil || d.sents[a.sent].heading {
			continue
		}
		switch {
		case d.tok(a.hi).lower == "'s" && (a.ent.typ == graph.Location || a.ent.typ == graph.Country):
			// "Ethiopia's Amhara region", "Mali's capital Bamako".
			// "Nigeria's oil-rich Delta state"; "Cameroon's North-West
			// region" is a name of its own.
			j := d.pastPlaceWords(a.hi+1, func(j int) bool {
				w := d.tok(j).lower
				return w == "capital" || regionAdjectives[w]
			})
			if d.tok(j).text == "," && d.tok(j-1).lower == "capital" {
				j++ // "Mongolia's capital, Ulaanbaatar"
			}
			if p := d.unitOfAt(j); p > 0 {
				j = p // "Pakistan's southwestern city of Quetta", "Ecuador's coastal province of Manabi"
			}
			if b, ok := d.spanEntity(j); ok && b.lo == j && b.ent != nil && b.ent.typ == graph.Location && b.ent != a.ent &&
				(!d.trigAt[min(b.hi, len(d.toks)-1)] || d.unitClosed(b)) && b.sent == a.sent {
				d.addClaim(claim{src: ent(b.ent), dst: ent(a.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.7})
			}
		case a.country && a.kind == spanGaz && len(a.gaz) > 0 && a.gaz[0].form == formDemonym:
			// "the northern Nigerian city of Kano"
			j := d.unitOfAt(a.hi) // "the French spa town of X"
			if j < 0 {
				j = d.capitalNamedAt(a.hi) // "the Turkish capital, Ankara"
			}
			if j < 0 {
				continue
			}
			if b, ok := d.spanEntity(j); ok && b.lo == j && b.ent != nil && b.ent.typ == graph.Location {
				// A state whose town the text places in it is named, not
				// used as a plain adjective: "the Omani capital, Muscat".
				a.ent.confirmed = true
				d.addClaim(claim{src: ent(b.ent), dst: ent(a.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.7})
			}
		case a.ent.typ == graph.Location && a.kind != spanRole:
			// "the Karak area in Hebron Governorate", "the Kibera
			// neighbourhood of Nairobi"
			j := a.hi
			unit := placeUnits[d.tok(j).lower]
			if b := d.regionTownAt(a); b != nil {
				d.addClaim(claim{src: ent(b.ent), dst: ent(a.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.6})
				continue
			}
			if unit && settlementUnits[d.tok(j).lower] && a.kind == spanGaz && len(a.gaz) > 0 && wideKinds[a.gaz[0].kind] {
				continue // "the Black Sea port of Constanta": the sea names the port's setting
			}
			if unit {
				j++
			}
			site := 0
			if !unit {
				site = d.siteWordsAt(j) // "the Mar-a-Lago resort in Florida"
				j += site
			}
			p := d.tok(j).lower
			if site > 0 && p != "in" {
				continue
			}
			if !(p == "in" || p == "of" && (unit || placeUnits[d.tok(a.hi-1).lower])) {
				continue // "Spin Boldak district of Kandahar province" names its unit
			}
			j = d.placeStart(j + 1)
			if townNouns[d.tok(j).lower] && d.tok(j+1).lower == "'s" && d.tok(j-1).lower == "the" {
				j = d.placeStart(j + 2) // "a base in the capital's Hodan district"
			}
			if u := d.unitOfAt(j); u > 0 && p == "in" {
				j = d.placeStart(u) // "a prison in the port city of Callao"
			}
			b, ok := d.spanEntity(j)
			if ok && b.lo == j && d.tok(b.hi).lower == "'s" {
				// "near Banibangou in Niger's Tillaberi region": the region holds it.
				at := d.placeStart(b.hi + 1)
				if c, ok2 := d.spanEntity(at); ok2 && c.lo == at && c.ent != nil && c.ent.typ == graph.Location {
					b, j = c, c.lo
				}
			}
			if site > 0 && ok && a.kind == spanGaz && !d.widePlace(b) {
				continue // "the Zaporizhzhia power plant in Enerhodar": the site is named after another place
			}
			if ok && b.lo == j && place(b) && b.ent != a.ent && b.sent == a.sent && !d.crossBorderIn(a, b) {
				d.addClaim(claim{src: ent(a.ent), dst: ent(b.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.6})
			}
		}
	}
}

// remitPerson returns the person a title with its remit names: "special
// envoy for Yemen Hans Grundberg", "envoy to Sudan Tom Perriello".
func (d *doc) remitPerson(r *span) *span {
	if w := d.tok(r.hi).lower; w != "for" && w != "to" {
		return nil
	}
	j := d.pastThe(r.hi + 1)
	place, ok := d.spanEntity(j)
	if !ok || place.lo != j || place.ent == nil || place.ent.typ == graph.Person {
		return nil
	}
	p, ok := d.spanEntity(place.hi)
	if !ok || p.lo != place.hi || p.ent == nil || p.ent.typ != graph.Person {
		return nil
	}
	return p
}

// headOfBody reads "The chairman of the Arctic Council, Tom Brennan,": a
// title of the body named after it, set before the holder's name. k is the
// token before the title.
func (d *doc) headOfBody(r *span, k int) bool {
	if d.tok(k).lower != "the" || d.tok(r.hi).lower != "of" {
		return false
	}
	j := r.hi + 1
	for d.tok(j).lower == "the" {
		j++
	}
	body, ok := d.spanEntity(j)
	if ok && body.ent != nil && body.ent.typ == graph.Country && body.lo == j && d.tok(body.hi).lower == "'s" {
		j = body.hi + 1 // "The leader of Yemen's Houthi movement, ..."
		body, ok = d.spanEntity(j)
	}
	if !ok || body.ent == nil || body.ent.media || body.lo != j || d.tok(body.hi).text != "," ||
		body.ent.typ != graph.Organization && body.ent.typ != graph.Country {
		return false
	}
	person, ok := d.spanEntity(body.hi + 1)
	if !ok || person.ent == nil || person.ent.typ != graph.Person || person.lo != body.hi+1 {
		return false
	}
	d.roleClaim(person.ent, body.ent, r, d.spanText(r.lo, r.hi), r.sent)
	return true
}

// ledWords name a party, bloc or government, which a person's name before
// it in the possessive stands for as its leader.
var ledWords = setOf("party", "alliance", "bloc", "coalition", "government", "movement")

// ledBody reports whether the organisation span sp is a party, bloc or
// government by its name or the noun after any of its mentions ("the
// Liberty Party", "Civil Contract party").
func (d *doc) ledBody(sp *span) bool {
	words := strings.Fields(strings.ToLower(sp.ent.name))
	if len(words) == 0 {
		return false
	}
	if ledWords[words[0]] || ledWords[words[len(words)-1]] {
		return true
	}
	// Any mention of the body, sp among them, may be followed by the noun:
	// "the opposition Tisza party" once, "Magyar's Tisza" after.
	for _, k := range sp.ent.spans {
		if o := &d.spans[k]; ledWords[d.tok(o.hi).lower] && !d.tok(o.hi).cap {
			return true
		}
	}
	return false
}

// partyOf returns the person a party or bloc is told to be "of": "the
// Liberty bloc of businessman Tom Brennan", "the Civic Union of jailed
// leader Ana Ruiz". Only lower-case words or a title may stand between.
func (d *doc) partyOf(sp *span) *entity {
	j := sp.hi
	if ledWords[d.tok(j).lower] && !d.tok(j).cap {
		j++
	} else if !d.ledBody(sp) && d.tok(sp.lo-1).lower != "the" {
		return nil
	}
	if d.tok(j).lower != "of" {
		return nil
	}
	for n := 0; n < 4; n++ {
		j++
		if p, ok := d.spanEntity(j); ok {
			if p.kind == spanRole {
				j = p.hi - 1
				continue
			}
			if p.ent != nil && p.ent.typ == graph.Person && p.lo == j {
				return p.ent
			}
			return nil
		}
		if t := d.tok(j); t.cap || t.kind != tokWord {
			return nil
		}
	}
	return nil
}
