package extract

import (
	"github.com/geokg/geokg/graph"
)

// letterVerbs put a letter or message on its way: "sent a letter to".
var letterVerbs = setOf("sent", "sends", "send", "wrote", "writes", "addressed", "delivered", "issued", "published", "penned",
	"handed", "released", "posted", "signed")

// messageKinds before "message" make it a message someone sent, not a
// figure of speech ("sent a strong message to Moscow").
var messageKinds = setOf("audio", "video", "recorded", "televised", "written", "congratulatory", "condolence", "radio", "voice")

// messagePurposes after "message of" make it a message sent: "a message of
// condolences to".
var messagePurposes = setOf("condolence", "condolences", "congratulations", "congratulation", "sympathy", "solidarity", "support", "thanks", "greetings")

// statementNounFits decides whether "letter", "message" or "remarks" name
// something a speaker sent or said on one occasion. "A letter of intent",
// "the message was clear" and "her remarks caused a row" do not: the first
// is no statement, the others point back at one already named or not made
// on an occasion the text places.
func (d *doc) statementNounFits(lo, hi int) bool {
	w := d.toks[lo].lower
	prev, next := d.tok(lo-1).lower, d.tok(hi).lower
	owned := determiners[prev] && prev != "in" || prev == "'s"
	inA := d.tok(lo-2).lower == "in" && owned || prev == "in"
	sent := false
	for k := max(0, lo-3); k < lo; k++ {
		if letterVerbs[d.toks[k].lower] {
			sent = true
		}
	}
	switch w {
	case "letter":
		// "a letter to", "in a letter", "sent a letter"; not "a letter
		// of intent" or "the letter of the law".
		return next != "of" && owned && (next == "to" || inA || sent)
	case "message", "messages":
		if messageKinds[prev] || next == "of" && messagePurposes[d.tok(hi+1).lower] {
			return true
		}
		return owned && (inA || sent && next == "to")
	case "remarks":
		// "in remarks to reporters", "in televised remarks"; "her remarks
		// angered Beijing" points back at what was said.
		return next == "to" || inA
	}
	return true
}

// wroteTo reports whether "wrote" at hi-1 is followed by the one written
// to: "wrote to the prime minister".
func (d *doc) wroteTo(hi int) bool {
	return d.tok(hi).lower == "to" && d.addresseeAt(hi+1) != nil
}

// addresseeAt returns the actor a phrase starting at j names, stepping over
// the article, titles and nationality words before the name: "Ugandan
// President Yoweri Museveni".
func (d *doc) addresseeAt(j int) *entity {
	e, _ := d.namedActorAt(j, false)
	return e
}

// namedActorAt reads the actor named from j on and returns it with the end
// of its name. A guest (of "hosted", "received") may be a state's
// delegation, and a body named in lower case is a seat, not a guest: "hosts
// the court".
func (d *doc) namedActorAt(j int, guest bool) (*entity, int) {
	for k := j; k < len(d.toks) && k < j+7; k++ {
		if d.toks[k].lower == "the" {
			continue
		}
		sp, e := d.actorAt(k)
		if sp == nil {
			if t := d.toks[k]; t.kind == tokWord && t.cap {
				continue // a title word no gazetteer holds: "External Affairs Minister"
			}
			return nil, k
		}
		if guest && sp.country && sp.ent != nil && delegationWords[d.tok(sp.hi).lower] {
			return sp.ent, sp.hi + 1 // "received the Beninese delegation"
		}
		if e != nil && !d.isModifierActor(sp) {
			if guest && !d.toks[sp.lo].cap {
				return nil, k
			}
			return e, sp.hi
		}
		if sp.kind != spanRole && !sp.country && e == nil {
			return nil, k
		}
		k = sp.hi - 1
	}
	return nil, j
}

// addressee returns who a letter or message is sent to, or whom its writer
// wrote to: "a message of condolences to President X", "wrote to the
// foreign minister". Such statements have two parties.
func (d *doc) addressee(m *eventMention) *entity {
	if m.typ != graph.Statement {
		return nil
	}
	switch d.toks[m.hi-1].lower {
	case "letter", "message", "messages", "wrote":
	default:
		return nil
	}
	k := m.hi
	if d.tok(k).lower == "of" && messagePurposes[d.tok(k+1).lower] {
		k += 2
	}
	if d.tok(k).lower != "to" {
		return nil
	}
	return d.addresseeAt(k + 1)
}

// issueVerbs put a written statement out: "a readout issued by".
var issueVerbs = setOf("issued", "released", "published", "circulated", "distributed", "announced", "proclaimed", "declared")

// issuer returns who put out a statement named by a noun and "issued by
// X": "a readout issued by India's foreign ministry". right holds the
// actors after the trigger.
func (d *doc) issuer(m *eventMention, right []actor) *entity {
	if m.verb || !issueVerbs[d.tok(m.hi).lower] {
		return nil
	}
	by := d.byAfterTime(m.hi + 1)
	if by < 0 {
		return nil
	}
	for _, a := range right {
		if a.pos == by+1 || a.pos == by+2 && d.tok(by+1).lower == "the" || a.prev == "by" && a.pos <= by+3 {
			return a.ent
		}
	}
	// "results announced by the commission": a clause may close at a verb
	// of saying, so the actor is read straight after "by".
	return d.addresseeAt(by + 1)
}

// byAfterTime returns the position of "by" at k, or after a short time
// phrase at k: "results announced on Monday by the commission". It returns
// -1 when no "by" follows.
func (d *doc) byAfterTime(k int) int {
	for n := 0; n < 4 && k < len(d.toks); n++ {
		w := d.toks[k].lower
		if w == "by" {
			return k
		}
		if !(w == "on" || w == "late" || w == "early" || timeWords[w] || isWeekday(w) || months[w] != 0 || d.toks[k].kind == tokNumber) {
			return -1
		}
		k++
	}
	return -1
}

// postedThings before "posted on" make it a reduced relative: "videos
// posted on social media showed ..." tells where footage came from, not
// that anyone made a statement, and "in a statement posted on Telegram"
// tells the statement already named.
var postedThings = setOf("videos", "video", "footage", "images", "image", "photos", "photo", "photographs", "pictures",
	"clips", "clip", "messages", "comments", "posts", "recordings", "content", "material", "statement", "statements", "message")

// jobPostAfter follow "post" in the sense of an office: "a post with no
// term limits", "the post of prime minister".
var jobPostAfter = setOf("of", "with", "as", "until", "since", "for", "he", "she", "which", "that", "in")

// jobPostVerbs take, hold or leave an office: "resigned from his post".
// "name" and "names" are left out as nouns ("the name of").
var jobPostVerbs = leaveOut(withVerbs(setOf("from"), "leave", "resign", "quit", "take", "assume", "appoint", "name",
	"hold", "vacate", "relieve", "remove", "dismiss", "sack", "keep", "retain", "fill", "create", "abolish"),
	"name", "names")

// jobPost reports whether "post" names an office rather than something
// written on a network.
func (d *doc) jobPost(lo, hi int) bool {
	if jobPostAfter[d.tok(hi).lower] {
		return true
	}
	for k := max(0, lo-3); k < lo; k++ {
		if jobPostVerbs[d.toks[k].lower] {
			return true
		}
	}
	return false
}
