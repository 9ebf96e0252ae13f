package extract

import "github.com/geokg/geokg/graph"

// Sanctions told by a verb whose object makes it one: aid that is cut or
// frozen, visas revoked, a member suspended from a body. The same verbs
// on other objects ("cut interest rates", "revoked the licence") stay
// what they were.

// aidCutVerbs stop aid already given: "cut aid to", "froze funding for".
var aidCutVerbs = setOf("cut", "cuts", "froze", "freezes", "withheld", "slashed", "suspended", "halted", "cut off")

// cutAidNouns are what a donor stops paying.
var cutAidNouns = setOf("aid", "assistance", "funding")

// visaWords are what a state revokes to punish the holders.
var visaWords = setOf("visa", "visas")

// revokeVerbs withdraw a right granted before.
var revokeVerbs = setOf("revoked", "revokes")

// aidCutAt reports whether the verb at lo..hi stops aid: the aid noun
// follows within a few words, across its owner and kind ("cut U.S. aid",
// "froze development aid"), before any other event word.
func (d *doc) aidCutAt(lo, hi int) bool {
	return aidCutVerbs[d.joinLower(lo, hi)] && d.wordAfter(hi, 4, cutAidNouns)
}

// visaRevokedAt reports whether the verb at lo..hi revokes visas.
func (d *doc) visaRevokedAt(lo, hi int) bool {
	return revokeVerbs[d.joinLower(lo, hi)] && d.wordAfter(hi, 4, visaWords)
}

// memberSuspendedAt reports whether "suspended" at lo..hi shuts a member
// out of a body: "the AU suspended Guinea from all its activities". A
// state that suspends another's flights or talks is not meant.
func (d *doc) memberSuspendedAt(lo, hi int) bool {
	if d.joinLower(lo, hi) != "suspended" || hi >= len(d.toks) {
		return false
	}
	sp, e := d.actorAt(hi)
	if e == nil || e.typ == graph.Person || d.tok(int(sp.hi)).lower != "from" {
		return false
	}
	body := d.clauseSubject(lo)
	return body != nil && body != e && body.typ == graph.Organization
}

// sanctionActType retypes a stopping or revoking verb as a sanction by its
// object; ok is false when the object does not make it one.
func (d *doc) sanctionActType(lo, hi int) (noun string, ok bool) {
	switch {
	case d.aidCutAt(lo, hi):
		return "aid cut", true
	case d.visaRevokedAt(lo, hi):
		return "visa revocation", true
	case d.memberSuspendedAt(lo, hi):
		return "suspension", true
	}
	return "", false
}

// sanctionActArgs gives a sanction told by its verb its name and the party
// it falls on: the state after "to" whose aid stops, the state whose
// officials lose their visas, the member after "suspended".
func (d *doc) sanctionActArgs(m *eventMention) {
	noun, ok := d.sanctionActType(m.lo, m.hi)
	if !ok || m.typ != graph.Sanction {
		return
	}
	m.noun = noun
	if noun == "aid cut" {
		m.targets, m.parts = d.dropDonors(m)
	}
	if e := d.clauseSubject(m.lo); e != nil && m.perp == nil {
		m.perp = e
		m.parts = appendUnique(m.parts, e)
	}
	_, chi := d.clause(m.lo)
	for j := m.hi; j < chi && j < m.hi+10; j++ {
		w := d.toks[j].lower
		if noun != "suspension" && w != "to" && w != "for" && w != "of" {
			continue
		}
		k := j + 1
		if noun == "suspension" {
			k = j
		}
		k = d.pastThe(k)
		if _, e := d.actorAt(min(k, len(d.toks)-1)); e != nil && e != m.perp && !hasEntity(m.targets, e) {
			m.targets = append(m.targets, e)
			m.parts = appendUnique(m.parts, e)
			return
		}
		if noun == "suspension" {
			return
		}
	}
}

// dropDonors removes the actors standing between a cutting verb and its
// aid noun: "cut U.S. aid to Guatemala" stops the United States' aid, it
// does not sanction it.
func (d *doc) dropDonors(m *eventMention) (targets, parts []*entity) {
	end := m.hi
	for end < len(d.toks) && end < m.hi+4 && !cutAidNouns[d.toks[end].lower] {
		end++
	}
	donor := func(e *entity) bool {
		for k := m.hi; k < end; k++ {
			if _, a := d.actorAt(k); a == e {
				return e != m.perp
			}
		}
		return false
	}
	for _, e := range m.targets {
		if !donor(e) {
			targets = append(targets, e)
		}
	}
	for _, e := range m.parts {
		if !donor(e) {
			parts = append(parts, e)
		}
	}
	return targets, parts
}

// aidCutBefore reports whether the aid noun at k is stopped by a cutting
// verb just before it: "froze development aid to Rwanda" gives no aid.
func (d *doc) aidCutBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if aidCutVerbs[d.toks[j].lower] || d.toks[j].lower == "off" && d.tok(j-1).lower == "cut" {
			return true
		}
		if d.isBreak(j) {
			return false
		}
	}
	return false
}

// speakerImposeVerbs put a levy or a penalty in place when a pronoun
// subject takes them: "he will impose", "it would raise".
var speakerImposeVerbs = setOf("impose", "imposed", "imposes", "raise", "raised", "raises", "slap", "slapped",
	"levy", "levied", "hike", "hiked", "introduce", "introduced", "announce", "announced")

// speakerImposes gives a sanction without an imposer the speaker a pronoun
// subject stands for: "the president said Friday he would impose a 40%
// tariff on all Peruvian imports" is the president's tariff, however many
// words of date stand between the speech verb and the pronoun.
func (d *doc) speakerImposes(m *eventMention) {
	if m.typ != graph.Sanction || m.perp != nil || m.verb {
		return
	}
	clo, _ := d.clause(m.lo)
	j := m.lo - 1
	for n := 0; j > clo && n < 6 && !speakerImposeVerbs[d.toks[j].lower]; n++ {
		if t := d.toks[j]; t.cap || t.text == "," || d.trigAt[j] {
			return
		}
		j--
	}
	if !speakerImposeVerbs[d.tok(j).lower] {
		return
	}
	j--
	for n := 0; n < 2 && modalWords[d.tok(j).lower]; n++ {
		j-- // "will impose", "threatened to slap"
	}
	var ok func(*entity) bool
	switch d.tok(j).lower {
	case "he", "she":
		ok = func(e *entity) bool { return e.typ == graph.Person }
	case "it", "they":
		ok = func(e *entity) bool { return e.typ == graph.Country || e.typ == graph.Organization }
	default:
		return
	}
	sp := d.speakerOf(m.sent)
	if sp == nil || !ok(sp) || hasEntity(m.targets, sp) || !d.speechBefore(j) {
		return
	}
	m.perp = sp
	m.parts = appendUnique(m.parts, sp)
}

// speechBefore reports whether a speech verb opens the clause of the
// pronoun at j, across "that" and a short date: "said on Monday it".
func (d *doc) speechBefore(j int) bool {
	s := d.sents[d.sentOf[j]]
	for k := j - 1; k >= s.lo && k >= j-5; k-- {
		if speechVerbs[d.toks[k].lower] {
			return true
		}
		if d.toks[k].text == "," || d.trigAt[k] {
			return false
		}
	}
	return false
}
