package extract

import "github.com/geokg/geokg/graph"

// nationalVoteWords make a vote one of the whole state: a general or
// presidential election, a confidence vote in its parliament.
var nationalVoteWords = setOf("general", "presidential", "parliamentary", "legislative", "national", "snap",
	"no-confidence", "confidence", "censure")

// homeVotePlace places a national vote told without its state in the
// country the article has been about up to it: "Sunday's presidential and
// legislative elections" in a report from Bissau, "survived a
// no-confidence motion in parliament". Only a vote named as the article's
// own (after a time's possessive, or a confidence vote) is placed so: a
// vote abroad is named with its state.
func (d *doc) homeVotePlace(m *eventMention) {
	if m.loc != nil || m.typ != graph.Election {
		return
	}
	s := d.sents[m.sent]
	national, confidence := false, false
	k := m.lo
	for j := m.lo; j < m.hi; j++ {
		if w := d.toks[j].lower; nationalVoteWords[w] || w == "vote" && d.tok(j+1).lower == "of" || w == "motion" {
			national = true
			confidence = confidence || w == "no-confidence" || w == "confidence" || w == "censure" || w == "motion" || w == "vote"
		}
	}
	for k > s.lo && k > m.lo-5 && d.toks[k-1].lower != "'s" && (meetingModifiers[d.toks[k-1].lower] || nationalVoteWords[d.toks[k-1].lower]) {
		k--
		if nationalVoteWords[d.toks[k].lower] {
			national = true
		}
	}
	if !national {
		return
	}
	prev := d.tok(k - 1).lower
	// "the upcoming presidential elections" may be any state's; a
	// confidence vote is held in the house the article is about.
	own := confidence && (prev == "the" || prev == "a") || prev == "'s" && (timeWords[d.tok(k-2).lower] || isWeekday(d.tok(k-2).lower))
	if !own {
		return
	}
	c := d.mainCountry(m.lo)
	if c == nil || !c.confirmed {
		return
	}
	// The state must lead the article so far: one named twice and more
	// than any other.
	n, rival := 0, 0
	for _, e := range d.ents {
		if e.typ != graph.Country {
			continue
		}
		cnt := 0
		for _, si := range e.spans {
			if d.spans[si].lo < m.lo {
				cnt++
			}
		}
		if e == c {
			n = cnt
		} else if cnt > rival {
			rival = cnt
		}
	}
	if n > rival && (n >= 2 || rival == 0) {
		m.loc = c
	}
}
