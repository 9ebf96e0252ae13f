package extract

import "github.com/geokg/geokg/graph"

// The approval a deal or sale still awaits from a legislature, bloc or
// state is an act of its own that analysts track apart from the deal:
// "the treaty needs approval by the Senate", "requires approval by
// Iraq's parliament", "Washington's approval of an arms package". The
// word is kept only where it names who approves; "without Baghdad's
// approval" or "an approval rating" name no act.

// approvalWords are the nouns this file decides.
var approvalWords = setOf("approval")

// approvalNeeds before the noun make the approval one still to come.
var approvalNeeds = withVerbs(setOf("pending"), "need", "require", "await", "seek")

// approvalFits keeps "approval" when it names its approver: an actor after
// "of" or "by", or an actor's possessive before "approval of"; handled is
// false for other words.
func (d *doc) approvalFits(lo, hi int) (fits, handled bool) {
	if hi != lo+1 || !approvalWords[d.toks[lo].lower] {
		return false, false
	}
	return d.approver(lo) != nil, true
}

// approver returns who gives the approval at k, or nil.
func (d *doc) approver(k int) *entity {
	next := d.tok(k + 1).lower
	if next != "of" && next != "by" {
		return nil
	}
	a := d.pastThe(k + 2)
	if sp, e := d.actorAt(a); e != nil {
		if h := int(sp.hi); d.tok(h).lower == "'s" {
			// "approval by Iraq's parliament": the chamber approves, not its
			// state; with no node for the chamber the approver is unknown.
			if _, b := d.actorAt(h + 1); b != nil {
				return b
			}
			if noun, ok := stateBodyNouns[d.tok(h+1).lower]; ok && len(sp.gaz) > 0 {
				return d.stateBodies[sp.gaz[0].code+" "+noun]
			}
			return nil
		}
		return e
	}
	if next == "of" && d.tok(k-1).lower == "'s" {
		if _, e := d.actorAt(k - 2); e != nil {
			return e // "Washington's approval of a $2bn arms package"
		}
	}
	return nil
}

// approvalArgs makes the approver an approval's only party, and an
// approval that a deal still needs or awaits a possible one: it has not
// been given yet.
func (d *doc) approvalArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || m.verb || m.hi != m.lo+1 || !approvalWords[d.toks[m.lo].lower] {
		return
	}
	if e := d.approver(m.lo); e != nil {
		m.parts = []*entity{e} // "approval by Iraq's parliament" is the chamber's, not Iraq's
	}
	if m.mod == graph.Asserted && d.sentWordWithin(m.lo, 4, approvalNeeds) {
		m.mod = graph.Possible
	}
}
