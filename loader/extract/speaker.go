package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

var pronouns = setOf("he", "she")

// auxWords may stand between a speaker and the speech verb: "Ryder did
// not say", "Trump has also said".
var auxWords = setOf("also", "has", "had", "have", "later", "did", "does", "do", "not", "n't", "would", "will", "could", "earlier", "then", "again", "repeatedly", "previously", "once")

// findSpeakers records who is quoted in each sentence: "X said", "said X",
// "according to X", "he said" (the latest person). A sentence of a
// multi-sentence quote takes the speaker of its paragraph's attribution.
func (d *doc) findSpeakers() {
	d.speakers = make([]int32, len(d.sents))
	for si, s := range d.sents {
		for k := s.lo; k < s.hi; k++ {
			w := d.toks[k].lower
			if !speechVerbs[w] && !(w == "according" && d.tok(k+1).lower == "to") || d.spanAt[k] != 0 {
				continue
			}
			if e := d.attribution(k, s); e != nil {
				d.speakers[si] = int32(e.idx + 1)
				break
			}
		}
	}
	// Quotes running over several sentences: borrow from the nearest
	// attributed sentence of the same paragraph, the following one first
	// (the attribution usually closes the quote).
	for si := range d.sents {
		if d.speakers[si] != 0 || !d.quoted(si) {
			continue
		}
		for _, o := range []int{si + 1, si - 1, si + 2} {
			if o >= 0 && o < len(d.sents) && d.sents[o].para == d.sents[si].para && d.speakers[o] != 0 {
				d.speakers[si] = d.speakers[o]
				break
			}
		}
	}
}

// quoted reports whether a sentence holds quotation marks.
func (d *doc) quoted(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		switch d.toks[k].text {
		case "“", "”", "\"":
			return true
		}
	}
	return false
}

// attribution returns who a speech verb at k attributes to.
func (d *doc) attribution(k int, s sentence) *entity {
	if d.toks[k].lower == "according" {
		if sp, e := d.actorAt(min(k+2, len(d.toks)-1)); e != nil && sp.lo == k+2 {
			return e
		}
		if sp, ok := d.spanEntity(k + 2); ok && sp.ent != nil && sp.ent.media {
			return sp.ent
		}
		return nil
	}
	if d.tok(k-1).text == "," && strings.HasSuffix(d.toks[k].lower, "ing") {
		if e := d.sharedSpeaker(k, s); e != nil {
			return e // "X rejected the plan of Y, saying": X speaks, not Y
		}
	}
	// "X said", "X, the minister, said": the actor just before.
	for j := k - 1; j >= s.lo && j >= k-5; j-- {
		t := d.toks[j]
		if t.text == "," && j == k-1 {
			// "X, whose country chairs the bloc, told reporters"
			a := d.relativeOpen(j, s.lo)
			if a < 0 {
				a = d.participleOpen(j, s.lo) // "X, speaking at the White House, said"
			}
			if a < 0 {
				a = d.nounAsideOpen(j, s.lo) // "X, the US adviser for Africa, said"
			}
			if a < 0 {
				a = d.appositionStart(j, s.lo) // "Chile, the largest copper exporter to China, said"
			}
			if a >= 0 {
				if sp, e := d.actorAt(max(a-1, 0)); e != nil && sp.hi == a {
					return e
				}
			}
		}
		if sp, e := d.actorAt(j); e != nil {
			if sp.hi == k-1 && d.toks[sp.hi].text == "," {
				if h := d.appositionHead(sp); h != nil {
					return h // "Ana Ruiz, the niece of President Luis Ruiz, said": Ana Ruiz speaks
				}
			}
			if sp.hi >= k-1 || d.toks[sp.hi].text == "," {
				return e
			}
		} else if sp, ok := d.spanEntity(j); ok && sp.ent != nil && sp.ent.media {
			return sp.ent
		}
		if t.lower == "who" && j == k-1 && d.tok(j-1).text == "," {
			if sp, e := d.actorAt(j - 2); e != nil && sp.hi == j-1 {
				return e // "... its host, Recep Erdogan, who said"
			}
		}
		if pronouns[t.lower] && j == k-1 {
			return d.lastPerson(d.quoteOpen(j, s.lo))
		}
		if t.kind == tokWord && !auxWords[t.lower] {
			if d.spanAt[j] == 0 {
				break
			}
		}
	}
	if e := d.sharedSpeaker(k, s); e != nil {
		return e // "X condemned the raid and said"
	}
	// "..., said X".
	// The verb must follow a comma or a quote: in "and told Putin" or "and
	// said Bosnia's leaders must" the name after it is no speaker.
	if p := d.tok(k - 1).text; p != "," && !isQuote(p) && p != "’" && p != "'" {
		return nil
	}
	if sp, e := d.actorAt(min(k+1, len(d.toks)-1)); e != nil && sp.lo == k+1 && invertedSpeech[d.toks[k].lower] {
		if n := d.tok(sp.hi); !(n.kind == tokWord && !n.cap) {
			return e
		}
	}
	return nil
}

// relativeOpen returns the comma opening a relative clause (", whose ...",
// ", who ...", ", which ...") that the comma at k closes, or -1.
func (d *doc) relativeOpen(k, lo int) int {
	for j := k - 1; j > lo && j >= k-20; j-- {
		if d.toks[j].text != "," {
			continue
		}
		switch d.tok(j + 1).lower {
		case "who", "whose", "which", "whom":
			return j
		}
		return -1
	}
	return -1
}

func (d *doc) spanEntity(k int) (*span, bool) {
	if k < 0 || k >= len(d.toks) || d.spanAt[k] == 0 {
		return nil, false
	}
	return &d.spans[d.spanAt[k]-1], true
}

// namedAt returns the entity whose name starts at token k; nil when no
// name starts there.
func (d *doc) namedAt(k int) *entity {
	if sp, ok := d.spanEntity(k); ok && sp.lo == k {
		return sp.ent
	}
	return nil
}

// lastPerson returns the person mentioned last before token k.
func (d *doc) lastPerson(k int) *entity {
	for _, sp := range d.walkBack(k-400, k) {
		if sp != nil && sp.ent != nil && sp.ent.typ == graph.Person {
			if h := d.appositionHead(sp); h != nil {
				return h // "Ana Ruiz, the niece of the president, ... Her"
			}
			return sp.ent
		}
	}
	return nil
}

// appositionHead returns the person an apposition holding sp describes:
// in "Ana Ruiz, the niece of President Luis Ruiz," the head is Ana
// Ruiz. It returns nil when sp is not inside one.
func (d *doc) appositionHead(sp *span) *entity {
	if d.tok(sp.hi).text != "," {
		return nil
	}
	s := d.sents[sp.sent]
	for j := sp.lo - 1; j > s.lo && j >= sp.lo-10; j-- {
		if d.toks[j].text != "," {
			continue
		}
		if w := d.tok(j + 1).lower; w != "the" && w != "a" && w != "an" {
			return nil
		}
		if h, ok := d.spanEntity(j - 1); ok && h.ent != nil && h.ent.typ == graph.Person && h != sp {
			return h.ent
		}
		return nil
	}
	return nil
}

// speakerOf returns the entity quoted in sentence si, or nil.
func (d *doc) speakerOf(si int) *entity {
	if n := d.speakers[si]; n != 0 {
		return d.ents[n-1]
	}
	return nil
}

// quoteOpen returns where the quote closed right before a pronoun at j
// opens, or j: in `"Lukashenko is trading hostages," she said` she is not
// the man named inside the quote.
func (d *doc) quoteOpen(j, lo int) int {
	k := j - 1
	if d.tok(k).text == "," {
		k--
	}
	if t := d.tok(k).text; k < lo || t != "\"" && t != "”" {
		return j
	}
	for i := k - 1; i >= lo; i-- {
		if t := d.toks[i].text; t == "\"" || t == "“" {
			return i
		}
	}
	return j
}
