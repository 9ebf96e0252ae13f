package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

type spanKind uint8

const (
	spanGaz  spanKind = iota + 1 // a gazetteer phrase
	spanRole                     // a title: "Kremlin spokesperson", "Foreign Minister"
	spanName                     // a capitalised run the gazetteers do not know
)

// span is a marked stretch of tokens [lo, hi).
type span struct {
	lo, hi int
	sent   int
	kind   spanKind
	gaz    []gazEntry // candidates whose capitals fit, best first
	role   roleClass  // strongest class of a title's head
	name   string     // a name run's text without brackets
	toks   []string   // a name run's folded tokens
	typ    graph.EntityType
	ent    *entity
	// country is set when a capital or demonym stands for its state.
	country bool
	// personScore is the evidence that a name run is a person's name.
	personScore int
	// weak marks a lone common word capitalised only because it starts a
	// sentence ("Talks between ..."): it names someone only when it
	// matches a name found elsewhere.
	weak bool
	// alias is another surface form the run stands for: "Velyka town".
	alias string
	// lower marks a body written in lower case ("the foreign ministry"): it
	// only refers back to one named before.
	lower bool
	// capitalRef marks "the capital" standing for the capital city named
	// before it.
	capitalRef bool
	// acronymOf is the index + 1 of the span whose name an acronym run
	// abbreviates ("National Security Council (NSC)"), 0 when none.
	acronymOf int
	// stateKey keys a state's body written in lower case by the state's
	// ISO alpha-2 and the body's noun: "SD army".
	stateKey string
	// within is the ISO alpha-2 code of the state an area named after its
	// city lies in: "the Odra, Velin and Sarno regions".
	within string
}

// connectors join the parts of a name: "bin Abdulrahman", "de la Cruz".
var connectors = setOf("bin", "bint", "ibn", "al", "el", "de", "da", "do", "van", "von", "der", "den", "du", "la", "le", "di", "dos", "del", "abu", "es", "ul", "ud", "das", "des", "ter", "zu")

// stopCaps are capitalised words that begin a sentence or a run without
// being part of a name.
var stopCaps = setOf("the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "as", "for", "from",
	"by", "with", "after", "before", "but", "and", "or", "if", "when", "while", "meanwhile", "however",
	"according", "also", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our",
	"my", "your", "there", "here", "some", "many", "both", "each", "all", "other", "another", "such", "what",
	"who", "why", "how", "where", "which", "not", "no", "yes", "since", "until", "during", "despite",
	"although", "though", "because", "so", "then", "now", "today", "yesterday", "tomorrow", "last", "next",
	"earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec", "god", "mr.", "mrs.", "ms.", "dr.", "sir",
	"under", "over", "about", "into", "through", "among", "between", "against", "without", "within", "one",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "most", "more",
	"only", "even", "just", "still", "instead", "again", "once", "every", "any", "none", "neither", "either",
	"whether", "where", "let", "do", "does", "did", "is", "are", "was", "were", "be", "has", "have", "had",
	"will", "would", "can", "could", "should", "must", "might", "shall", "oh", "well", "please", "thank")

var honorifics = setOf("mr.", "mrs.", "ms.", "dr.", "sir", "dame", "mr", "mrs", "ms", "dr", "sheikh", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "prof.", "sen.", "rep.", "gov.", "amb.",
	"lt", "gen", "col", "maj", "capt", "brig", "sgt", "cmdr", "adm", "lt-gen", "maj-gen",
	"brig.", "cmdr.", "cdr.", "lieut.", "cpl.", "pvt.", "supt.", "insp.", "hon.", "gens.", "messrs.")

// articleWords open a sentence before a known name without being part of it.
var articleWords = setOf("a", "an", "the")

// rankQualifiers open a compound rank before an abbreviated title: "Senior
// Gen.", "Vice Adm.", "Major Gen.", and the office's level or time before
// a civil one: "Regional Gov.", "Former Sen.", "State Rep.".
var rankQualifiers = setOf("senior", "vice", "rear", "major", "lieutenant", "brigadier", "deputy", "air",
	"regional", "provincial", "state", "former", "acting")

// collectiveOwners are the plural owners that a party's or movement's own
// name puts in the possessive: "People's Party", "Workers' Party".
var collectiveOwners = setOf("people", "peoples", "workers", "women", "farmers", "citizens", "patriots", "pensioners")

// formerWords open a title-case run without being part of the body named
// after them.
var formerWords = setOf("former", "ex")

// findSpans marks gazetteer phrases, titles and capitalised runs, sentence
// by sentence, longest match first.
func (d *doc) findSpans() {
	d.spanAt = make([]int32, len(d.toks))
	for si, s := range d.sents {
		i := s.lo
		for i < s.hi {
			t := &d.toks[i]
			if t.lower == "the" && i+1 < s.hi {
				if n, m := d.gazAt(i, s.hi), d.gazAt(i+1, s.hi); n > 0 && m >= n {
					// "The Philippine Institute of ...": a longer name opens
					// after the article, which is left out of it.
					i++
					continue
				}
			}
			if d.currencyPrefix(i) {
				i++ // "NZ$5 billion", "US$10 million": a currency, not the state
				continue
			}
			if n := d.numberedUnit(i, s.hi, s.heading); n > 0 {
				d.addRunSpan(i, i+n, si) // "the 303rd Infantry Brigade"
				i += n
				continue
			}
			if n := d.gazAt(i, s.hi); n > 0 {
				gaz := d.fittingGaz(i, n)
				if m := d.demonymBody(i, n, s.hi, gaz); m > 0 {
					// "Kenyan Defence Forces": the demonym opens
					// the body's name.
					d.addNameSpan(i, i+n+m, si)
					i += n + m
					continue
				}
				if d.titledNameAt(i, n, s.hi, gaz) {
					// "Defence Minister Israel Katz": a place's name as a
					// given name after a title.
					d.addRunSpan(i, i+2, si)
					i += 2
					continue
				}
				if d.inCompound(i) {
					i += n // "Euro-Atlantic": part of another word
					continue
				}
				m := d.placeBody(i, n, s.hi, gaz) // "the Sinai Lions, a splinter faction of ...": a body named after a place
				if m == 0 {
					m = d.acronymBody(i, n, s.hi, gaz)
				}
				if m == 0 {
					m = d.prefixedBody(i, n, s.hi, gaz) // "UN Verification Mission in Colombia"
				}
				if m > 0 {
					d.addRunSpan(i, i+n+m, si)
					d.spans[len(d.spans)-1].typ = graph.Organization
					i += n + m
					continue
				}
				if m := d.unitTitle(i+n, s.hi); m > 0 && len(gaz) > 0 && gaz[0].typ == graph.Location && gaz[0].form != formDemonym &&
					(gaz[0].kind == "region" || gaz[0].kind == "city") {
					// "Borno State", "Gorno-Badakhshan Autonomous Region": the
					// unit's own name, the bare name kept as an alias.
					d.addRunSpan(i, i+n+m, si)
					d.spans[len(d.spans)-1].typ = graph.Location
					d.spans[len(d.spans)-1].alias = gaz[0].name
					i += n + m
					continue
				}
				if compassHalf(d.tok(i+n), d.tok(i+n+1)) && len(gaz) > 0 && gaz[0].typ == graph.Location && gaz[0].form != formDemonym {
					// "Maguindanao del Sur": the southern half is a unit of
					// its own, not the place it was split from.
					d.addRunSpan(i, i+n+2, si)
					d.spans[len(d.spans)-1].typ = graph.Location
					i += n + 2
					continue
				}
				if m := d.siteAfter(i+n, si, s.hi, gaz); m > 0 {
					// "the Rafah border crossing", "Pyongyang International
					// Airport": a site named after its town, not the town.
					d.addRunSpan(i, i+n+m, si)
					d.spans[len(d.spans)-1].typ = graph.Location
					i += n + m
					continue
				}
				if u := d.listedArea(i, n, s.hi, gaz); u != "" {
					d.addAreaSpan(i, i+n, si, u)
					d.spans[len(d.spans)-1].within = gaz[0].country
					i += n
					continue
				}
				if unit := d.tok(i + n); len(gaz) > 0 && gaz[0].typ == graph.Location && gaz[0].form != formDemonym && i+n < s.hi &&
					!unit.cap && placeNouns[unit.lower] && !d.isUnitOf(i+n) {
					if gaz[0].kind == "region" || gaz[0].kind == "sea" {
						// "North Kivu province": the region itself.
						d.addSpan(span{lo: i, hi: i + n + 1, sent: si, kind: spanGaz, gaz: gaz})
					} else {
						// "the Kupiansk district", "the Kharkiv region": an area
						// named after the city, not the city.
						d.addRunSpan(i, i+n+1, si)
						d.spans[len(d.spans)-1].typ = graph.Location
					}
					i += n + 1
					continue
				}
				if m := d.compoundTail(i+n, s.hi); m > 0 && len(gaz) > 0 {
					switch {
					case gaz[0].typ == graph.Location && gaz[0].form != formDemonym && placeNouns[d.tok(i+n+m).lower] && !d.tok(i+n+m).cap:
						// "Tunis-Carthage airport": the city names the place with another name.
						d.addRunSpan(i, i+n+m, si)
						i += n + m
						continue
					case gaz[0].typ == graph.Organization:
						// "AFP-JIJI": a known body's name joined to more.
						d.addRunSpan(i, i+n+m, si)
						d.spans[len(d.spans)-1].typ = graph.Organization
						i += n + m
						continue
					}
				}
				if m := d.foreignNamesake(i, n, s.hi, gaz); m > 0 {
					d.addRunSpan(i, i+n+m, si)
					d.spans[len(d.spans)-1].typ = graph.Organization
					i += n + m
					continue
				}
				if d.regionBrief(i, gaz) {
					i += n // "the US adviser for Africa": the title's brief
					continue
				}
				if d.parentDescriptor(i, n, s.hi, gaz) {
					i += n // "the U.N. agency for refugees": the agency, not the UN
					continue
				}
				if d.foreignOrganAt(i, gaz) {
					d.addSpan(d.ownedOrganSpan(i, n, si))
					i += n
					continue
				}
				d.addSpan(span{lo: i, hi: i + n, sent: si, kind: spanGaz, gaz: gaz})
				i += n
				continue
			}
			if n := d.forceChiefAt(i, s.hi); n > 0 {
				// "Sudan's army chief Ali Khan": the state's army, then its chief.
				d.addSpan(d.stateBodySpan(i, n, i+n, si))
				i += n
				continue
			}
			if n, c := d.roleAt(i, s.hi); n > 0 {
				lo := i
				// A region naming a brief: "Middle East envoy" is a title,
				// not a mention of the region.
				if k := len(d.spans) - 1; k >= 0 && d.spans[k].hi == i && d.spans[k].kind == spanGaz &&
					d.spans[k].gaz[0].typ == graph.Location && d.spans[k].gaz[0].country == "" && d.spans[k].gaz[0].form == formName {
					lo = d.spans[k].lo
					d.spans = d.spans[:k]
				}
				if c != roleMod {
					n += d.titleRemitAt(i+n, s.hi) // "Minister of Trade and Industry Ana Ruiz"
				}
				d.addSpan(span{lo: lo, hi: i + n, sent: si, kind: spanRole, role: c})
				i += n
				continue
			}
			if t.lower == "ministry" && !t.cap && i > s.lo && ministryTopics[d.toks[i-1].lower] != "" && !d.toks[i-1].cap && d.spanAt[i-1] == 0 {
				// "the foreign ministry said": a body written in lower case.
				topic := d.toks[i-1].text
				name := strings.ToUpper(topic[:1]) + topic[1:] + " Ministry"
				// "Lebanon's health ministry", "the Lebanese health ministry":
				// a state's own ministry is a body in its own right, even when
				// no capitalised name for it came before.
				owned := d.stateBefore(i - 1)
				if n := d.territoryMinistryName(i-1, name); n != "" {
					// "the Gaza health ministry": a territory's own body.
					name, owned = n, true
				}
				sp := span{lo: i - 1, hi: i + 1, sent: si, kind: spanName, name: name, toks: []string{d.toks[i-1].lower, "ministry"}, typ: graph.Organization, lower: !owned}
				if owned {
					// "the Greek foreign ministry": the phrase as written is kept.
					sp.alias = d.ownedBodyText(i + 1)
				}
				d.addSpan(sp)
				i++
				continue
			}
			if d.civilDefenceAt(i) > 0 {
				d.addSpan(d.civilDefenceSpan(i, si))
				i += 3
				continue
			}
			if d.ministryBeforeTitle(i, s.lo, s.hi) {
				d.addSpan(d.ministryTitleSpan(i, si))
				i += 2
				continue
			}
			if t.lower == "central" && !t.cap && d.tok(i+1).lower == "bank" && !d.tok(i+1).cap && d.stateBefore(i) &&
				!bankHoldings[d.tok(i+2).lower] {
				// "Argentina's central bank": the state's own bank.
				d.addSpan(d.stateBodySpan(i, 2, i+2, si))
				i += 2
				continue
			}
			if n, end := d.stateForceAt(i, s.hi); n > 0 {
				// "the Polish army said", "China's embassy in Lima said": the
				// state's own body, keyed by the state.
				d.addSpan(d.stateBodySpan(i, n, end, si))
				i += n
				continue
			}
			if bodyHeads[t.lower] && !t.cap && (d.tok(i-1).lower == "the" || d.backedBy(i)) && d.spanAt[i-1] == 0 && !d.tok(i+1).cap && (d.tok(i+1).lower != "of" || d.gerundAt(i+2)) && d.tok(i+1).lower != "'s" {
				// "asked the council to publish", "the bloc would consider":
				// a body named before.
				lo := i - 1
				if d.tok(lo).lower != "the" {
					lo = i // "the Iran-backed rebels": the backer keeps its own name
				}
				d.addSpan(span{lo: lo, hi: i + 1, sent: si, kind: spanName, name: "the " + t.text, toks: []string{t.lower}, typ: graph.Organization, lower: true})
				i++
				continue
			}
			if n := d.qualifiedBodyAt(i, s.hi); n > 0 {
				// "the armed group claimed", "the regional bloc said".
				lo := i - 1
				if d.tok(lo).lower != "the" {
					lo = i // "the Somalia-based jihadist group": the base keeps its own name
				}
				d.addSpan(span{lo: lo, hi: i + n, sent: si, kind: spanName, name: d.spanText(lo, i+n), toks: []string{d.toks[i+n-1].lower}, typ: graph.Organization, lower: true})
				i += n
				continue
			}
			if t.lower == "capital" && !t.cap && d.tok(i-1).lower == "the" && d.capitalRef(i, s.hi) {
				// "in the capital": the capital city named before.
				d.addSpan(span{lo: i - 1, hi: i + 1, sent: si, kind: spanName, name: "the capital", toks: []string{"the", "capital"}, typ: graph.Location, capitalRef: true})
				i++
				continue
			}
			if connectors[t.lower] && !t.cap && i+2 < s.hi && d.toks[i+1].text == "-" && !d.toks[i+1].space && d.toks[i+2].cap && d.tok(i-1).kind != tokWord ||
				connectors[t.lower] && !t.cap && i+2 < s.hi && d.toks[i+1].text == "-" && !d.toks[i+1].space && d.toks[i+2].cap && (d.tok(i-1).lower == "the" || d.tok(i-1).lower == "of" || d.tok(i-1).lower == "in" || d.tok(i-1).lower == "at") {
				// "the al-Nour hospital", "in al-Bireh"
				if n := d.nameRun(i+2, s.hi, s.heading); n > 0 {
					d.addRunSpan(i, i+2+n, si)
					i += 2 + n
					continue
				}
			}
			if t.cap && rankQualifiers[t.lower] && honorifics[d.tok(i+1).lower] && d.tok(i+2).cap && i+2 < s.hi {
				i += 2 // "Senior Gen. Aung Tun", "Rear Adm. Lee": the whole rank stays out of the name
				continue
			}
			if t.cap && honorifics[t.lower] && d.tok(i+1).cap && i+1 < s.hi && !d.titledPlaceAt(i, s.hi, s.heading) {
				i++ // "Lt. Gen. Ahmed Khan", "Mr Ruiz": the title is not part of the name
				continue
			}
			if t.cap && articleWords[t.lower] && d.gazAt(i+1, s.hi) > 0 {
				i++ // "A Hamas delegation": the sentence's article opens no name
				continue
			}
			if (t.kind == tokWord && t.cap) || (t.text == "[" && i+1 < s.hi && d.toks[i+1].cap) {
				if n := d.nameRun(i, s.hi, s.heading); n > 0 {
					if n == 1 && t.kind == tokWord && (len(t.text) == 1 || d.modelNumberAt(i+1)) || n > 1 && d.stanceBefore(i) {
						// "Gen Z protesters", "near W park": a lone letter names
						// no one, nor does a model's code, "an MQ-9 drone";
						// "the pro-Western Unity Party": the stance's object
						// opens no name.
						i++
						continue
					}
					if u := d.listedRunArea(i, n, s.hi, s.heading); u != "" {
						d.addAreaSpan(i, i+n, si, u)
						i += n
						continue
					}
					if sharedOrganNames[d.spanText(i, i+n)] && d.stateBefore(i) {
						// "Ukraine's General Staff": every state has one.
						d.addSpan(d.ownedOrganSpan(i, n, si))
						i += n
						continue
					}
					d.addNameSpan(i, i+n, si)
					i += n
					continue
				}
			}
			i++
		}
	}
	d.bareOrgans()
}

func (d *doc) addSpan(sp span) {
	d.spans = append(d.spans, sp)
	for k := sp.lo; k < sp.hi; k++ {
		d.spanAt[k] = int32(len(d.spans))
	}
}

// roleAt returns the length and class of a title at i: role words ending in
// a head ("Vice President and Defence Minister", "special envoy").
func (d *doc) roleAt(i, hi int) (int, roleClass) {
	j, end := i, 0
	var best roleClass
	for j < hi {
		if d.namedBodyWord(j) {
			break // "Socialist Party leader": the party's name ends before the title
		}
		c, n := d.lex.roles.longest(d.toks, j, hi)
		if n == 0 && end == 0 {
			if m := d.portfolioRunAt(j, hi); m > 0 {
				if c2, n2 := d.lex.roles.longest(d.toks, j+m, hi); n2 > 0 && c2 != roleMod {
					j += m // "Steel Minister", "Mines and Energy Minister"
					if d.namedBodyWord(j) {
						break // as at the loop's head: a body's name, not the title
					}
					c, n = c2, n2 // the head after the portfolio, looked up once
				}
			}
		}
		if n == 0 {
			if d.toks[j].lower == "and" && end == j && j+1 < hi {
				if n2, _ := d.roleAt(j+1, hi); n2 > 0 {
					j++
					continue
				}
			}
			break
		}
		j += n
		if c != roleMod {
			end = j
			if best == 0 || c == roleLead || (c == roleLeadOrg && best == roleHead) {
				best = c
			}
		}
	}
	if end == 0 {
		return 0, 0
	}
	return end - i, best
}

// nameRun returns the length of a capitalised run at i: words with capitals,
// initials, connectors ("bin"), hyphens without spaces ("Al-Masirah"),
// bracketed parts ("[Anna] Lindqvist") and "of" inside names of bodies.
func (d *doc) nameRun(i, hi int, heading bool) int {
	j := i
	body := false // the run so far names a body: "Court of ..."
	for j < hi {
		t := d.toks[j]
		if j > i && body && (d.toks[j-1].lower == "of" || d.toks[j-1].lower == "for") {
			if n := d.gazAt(j, hi); n > 0 {
				j += n // "Court of Trinidad and Tobago", "Central Bank of Nigeria"
				continue
			}
		}
		if j > i && body {
			if n := d.bodyTail(i, j, hi); n > 0 {
				j += n // "Commission on Human Rights (KNCHR)"
				continue
			}
		}
		if j > i && d.surnameGaz(j, hi) {
			j++ // "Therese Kayikwamba Wagner": a surname that is also a body's name
			continue
		}
		if j > i && d.middleNameGaz(j, hi) {
			j++ // "Abdi Aden Hassan": a place's name in the middle of a person's
			continue
		}
		if m := d.ofDemonymBody(j, hi); j > i && body && m > 0 {
			j += m // "General Staff of the Ukrainian Armed Forces"
			continue
		}
		if j == i+1 && d.qualifiedGazBody(i, hi) {
			j += d.gazAt(j, hi) // "Supreme National Security Council"
			continue
		}
		if j > i && (d.gazAt(j, hi) > 0 || d.roleStarts(j, hi)) {
			break
		}
		if orgKeywords[t.lower] && t.cap {
			body = true
		}
		switch {
		case t.kind == tokWord && t.cap:
			j++
			if heading {
				return j - i
			}
			continue
		case t.text == "[" && j+2 < hi && d.toks[j+1].cap && d.toks[j+2].text == "]":
			j += 3
			continue
		case t.text == "-" && j > i && !t.space && j+1 < hi && !d.toks[j+1].space && d.toks[j+1].kind == tokWord &&
			(d.toks[j+1].cap || (!d.lex.words[d.toks[j+1].lower] || nameSyllables[d.toks[j+1].lower]) && len(d.toks[j+1].text) <= 6 && !d.tok(j+2).cap):
			// "Al-Masirah", and a lowercase syllable of a name: "Ching-te".
			j++
			if !d.toks[j].cap {
				j++
				if d.hyphenCapAt(j, hi) {
					continue // "Evian-les-Bains": the particle joins two capitalised parts
				}
				return j - i
			}
			continue
		case t.text == "-" && j > i && !t.space && placeParticles[d.tok(j+1).lower] && !d.tok(j+1).space && d.hyphenCapAt(j+2, hi):
			j += 2 // "Stratford-upon-Avon", "Boulogne-sur-Mer"
			continue
		case j > i && j+1 < hi && connectors[t.lower] && !t.cap && d.toks[j+1].cap:
			j++
			continue
		case j > i && j+2 < hi && connectors[t.lower] && !t.cap && connectors[d.toks[j+1].lower] && !d.toks[j+1].cap && d.toks[j+2].cap:
			j += 2 // "Ursula von der Leyen"
			continue
		case j > i && j+2 < hi && connectors[t.lower] && !t.cap && d.toks[j+1].text == "-" && !d.toks[j+1].space && d.toks[j+2].cap:
			j += 3 // "Ahmed al-Sharif", "Abdel Fattah al-Houthi" even where "Houthi" names a group
			continue
		case j > i && j+1 < hi && (t.lower == "of" || t.lower == "for") && d.toks[j+1].cap && d.toks[j+1].kind == tokWord:
			j++
			continue
		case j > i && t.text == "(" && d.partyBranch(i, j, hi) > 0:
			j += d.partyBranch(i, j, hi) // "Communist Party of India (Marxist)"
			continue
		case j > i && j+2 < hi && t.lower == "of" && d.toks[j+1].lower == "the" && d.toks[j+2].cap && d.toks[j+2].kind == tokWord &&
			(firstPlaceWords[d.toks[i].lower] || facilityHeads[d.toks[j-1].lower]):
			j += 2 // "Palace of the Parliament", "Great Hall of the People"
			continue
		case j > i && j+1 < hi && t.lower == "and" && body && d.toks[j+1].cap && d.toks[j+1].kind == tokWord && d.hasOf(i, j):
			j++ // "Office of Water and Forest Resources"
			continue
		case j > i && j+2 < hi && (t.lower == "for" || t.lower == "of") && body && d.toks[j+1].lower == "the" && d.toks[j+2].cap &&
			d.toks[j+2].kind == tokWord && d.gazAt(j+2, hi) == 0:
			j += 2 // "Council for the Defence of the Homeland"
			continue
		case j > i && t.lower == "of" && d.toks[j-1].lower == "party" && d.tok(j+1).lower == "the" && d.gazAt(j+2, hi) > 0:
			// "Communist Party of the Philippines": a party is named by its
			// state where a court or a bank of it is the state's own.
			j += 2 + d.gazAt(j+2, hi)
			continue
		case j > i && j+1 < hi && (t.lower == "'s" || t.lower == "'") && collectiveOwners[d.toks[j-1].lower] &&
			d.toks[j+1].cap && d.toks[j+1].kind == tokWord:
			j++ // "Sovereign People's Party", "Workers' Party": the possessive is part of the name
			continue
		case j > i && t.lower == "and" && d.andBodyName(i, j, hi):
			j++ // "Justice and Development Party"
			continue
		case j > i && !body && j+3 < hi && d.quotedNickname(j):
			j += 3 // `Jorge "Tuto" Quiroga`: the nickname stands inside the name
			continue
		}
		break
	}
	// Do not end on a connector or "of".
	for j > i && !d.toks[j-1].cap && d.toks[j-1].text != "]" && d.toks[j-1].text != ")" {
		j--
	}
	return j - i
}

// hasOf reports whether "of" stands in tokens [i, j).
func (d *doc) hasOf(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].lower == "of" {
			return true
		}
	}
	return false
}

// roleStarts reports whether a capitalised title begins at j, which ends a
// preceding name ("Biden Administration" aside).
func (d *doc) roleStarts(j, hi int) bool {
	if !d.toks[j].cap {
		return false
	}
	n, c := d.roleAt(j, hi)
	return n > 0 && c != 0
}

func (d *doc) addNameSpan(lo, hi, si int) {
	if vesselPrefixes[d.toks[lo].lower] && hi-lo > 1 {
		return // "USS Harry S. Truman": a ship, not an actor
	}
	// Drop capitalised function words and date words at the front.
	for lo < hi && stopCaps[d.toks[lo].lower] && !d.titledHe(lo, hi) {
		lo++
	}
	if hi-lo >= 3 && formerWords[d.toks[lo].lower] && d.toks[lo+1].cap {
		lo++ // "Former Socialist Party leader": what the person was, not the party's name
	}
	// "of" left dangling at the front after dropping.
	for lo < hi && !d.toks[lo].cap && d.toks[lo].text != "[" {
		lo++
	}
	if hi-lo >= 3 && d.sentenceOpens(lo) && d.lex.words[d.toks[lo].lower] && !d.lex.given[d.toks[lo].lower] && d.lex.given[d.toks[lo+1].lower] {
		lo++ // "Teacher Claire Devaux and her partner": a common noun capitalised to open the sentence
	}
	if lo < hi && d.holidayRun(lo, hi) {
		return // "until the evening of Easter Monday": a time, not an actor
	}
	d.addRunSpan(lo, hi, si)
}

// addRunSpan marks tokens [lo, hi) as one name as they are.
func (d *doc) addRunSpan(lo, hi, si int) {
	if lo >= hi {
		return
	}
	var b strings.Builder
	var toks []string
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.text == "[" || t.text == "]" {
			continue
		}
		if t.space && b.Len() > 0 && t.text != "-" && (k == 0 || d.toks[k-1].text != "-") {
			b.WriteByte(' ')
		} else if k > lo && d.toks[k-1].text == "]" && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if t.kind == tokWord {
			toks = append(toks, t.lower)
		}
	}
	if len(toks) == 0 {
		return
	}
	weak := len(toks) == 1 && d.sentenceOpens(lo) && d.lex.words[toks[0]]
	d.addSpan(span{lo: lo, hi: hi, sent: si, kind: spanName, name: b.String(), toks: toks, weak: weak})
}

func isOpener(s string) bool {
	switch s {
	case "“", "\"", "‘", "'", "(", "[", "—", "-", "–":
		return true
	}
	return false
}

// stateBefore reports whether a state is named just before token i, as a
// possessive ("Kenya's") or as an adjective ("Kenyan"), so the body at i is
// that state's own.
func (d *doc) stateBefore(i int) bool {
	k := len(d.spans) - 1
	if k < 0 || d.spans[k].kind != spanGaz || d.spans[k].gaz[0].typ != graph.Country {
		return false
	}
	switch end := d.spans[k].hi; {
	case end == i:
		return d.spans[k].gaz[0].form == formDemonym
	case end == i-1:
		return d.toks[i-1].lower == "'s"
	}
	return false
}

// ownedBodyText is a state's body as written through end, from the state
// named by the last span on, without a leading "the": "Greek foreign
// ministry", "Russia's foreign ministry".
func (d *doc) ownedBodyText(end int) string {
	lo := d.spans[len(d.spans)-1].lo
	if d.toks[lo].lower == "the" {
		lo++
	}
	return d.spanText(lo, end)
}

// sentenceOpens reports whether token k opens its sentence, after any
// quote or bracket.
func (d *doc) sentenceOpens(k int) bool {
	start := d.sents[d.sentOf[k]].lo
	for start < k && isOpener(d.toks[start].text) {
		start++
	}
	return start == k
}

// bankHoldings after "central bank" make the phrase describe money, not the
// bank as a body: "Russian central bank assets" are frozen, the bank does
// nothing in the sentence.
var bankHoldings = setOf("assets", "reserves", "funds", "holdings", "deposits", "money", "gold")

// currencyPrefix reports whether the word at i only marks whose dollars a
// sum is in: a short capitalised word written against "$" ("NZ$", "HK$").
func (d *doc) currencyPrefix(i int) bool {
	t, next := d.toks[i], d.tok(i+1)
	return t.kind == tokWord && t.cap && len(t.text) <= 3 && next.text == "$" && !next.space
}

// compassHalf reports whether two words name a half of a place in Spanish
// or Portuguese: "del Sur", "do Norte".
func compassHalf(of, half token) bool {
	return (of.lower == "del" || of.lower == "do" || of.lower == "da") && half.cap && compassHalves[half.lower]
}

var compassHalves = setOf("sur", "norte", "sul", "este", "oeste", "oriental", "occidental")

// quotedNickname reports whether a capitalised word in quote marks opens
// at j between two words of a name: `Jorge "Tuto" Quiroga`.
func (d *doc) quotedNickname(j int) bool {
	open, nick, shut, next := d.toks[j], d.tok(j+1), d.tok(j+2), d.tok(j+3)
	return isQuote(open.text) && open.space && nick.kind == tokWord && nick.cap && !nick.space &&
		isQuote(shut.text) && next.kind == tokWord && next.cap && next.space
}
