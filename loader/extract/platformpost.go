package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// platformOn reports whether "on" at k names a social network, with or
// without its owner's possessive: "on Telegram", "on his Truth Social
// platform".
func (d *doc) platformOn(k int) bool {
	if d.tok(k).lower != "on" {
		return false
	}
	if possessives[d.tok(k+1).lower] {
		k++
	}
	return d.platformAt(k+1) || d.socialMediaAt(k+1)
}

// socialMediaAt reports whether "social media" stands at k: the networks
// at large, named by no one of them ("wrote on social media").
func (d *doc) socialMediaAt(k int) bool {
	return d.tok(k).lower == "social" && d.tok(k+1).lower == "media"
}

// possessives own the account a post is made on.
var possessives = setOf("his", "her", "its", "their")

// platformPostMention builds the statement a verb of any kind makes on a
// network: "confirmed the swap on Telegram", "congratulated the winner on
// X". What is done there is said in public, so it is a statement by the
// subject. Sentences that already hold a statement keep only it: "said on
// X" is read by its own trigger.
func (d *doc) platformPostMention(si, start int) *eventMention {
	if d.holdsStatement(start) {
		return nil
	}
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if !d.platformOn(k) {
			continue
		}
		v := d.postVerbBefore(k)
		if v < 0 || d.trigAt[v] {
			return nil
		}
		who := d.subjectBefore(v, si)
		if who == nil || who.typ == graph.Location {
			return nil
		}
		return &eventMention{lo: v, hi: v + 1, sent: si, typ: graph.Statement, verb: true, noun: d.toks[v].text,
			mod: d.modalityAt(v), parts: []*entity{who}}
	}
	return nil
}

// postVerbBefore returns the past-tense verb a few words before "on" at k
// whose act the network carries, or -1: "confirmed the swap on".
func (d *doc) postVerbBefore(k int) int {
	lo, _ := d.clause(k)
	for j := k - 1; j >= lo && j >= k-5; j-- {
		t := d.toks[j]
		if t.text == "," || t.kind != tokWord {
			return -1
		}
		if !t.cap && strings.HasSuffix(t.lower, "ed") && !passiveWords[d.tok(j-1).lower] && !postedThings[d.tok(j-1).lower] {
			return j
		}
	}
	return -1
}

// addPlatformPost puts the post of sentence si, if any, among the
// sentence's mentions from start on, in text order.
func (d *doc) addPlatformPost(si, start int) {
	if m := d.platformPostMention(si, start); m != nil {
		d.insertMention(start, m)
	}
}

// postArgs keeps the network out of the parties of a post told as a noun:
// in "congratulated the winner in a post on X" the post is the
// subject's, and X only carries it.
func (d *doc) postArgs(m *eventMention) {
	if m.typ != graph.Statement || m.verb || !d.platformOn(m.hi) {
		return
	}
	k := m.hi + 1
	if possessives[d.tok(k).lower] {
		k++
	}
	sp, ok := d.spanEntity(k)
	if !ok {
		return // platformOn names a network here; keep the mention as it is if not
	}
	m.parts = removeEntity(m.parts, sp.ent)
	if len(m.parts) == 0 {
		if who := d.subjectBefore(m.lo, m.sent); who != nil && who.typ != graph.Location && who != sp.ent {
			m.parts = append(m.parts, who)
		}
	}
}
