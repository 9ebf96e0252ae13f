package extract

import "github.com/geokg/geokg/graph"

// proposedMeetings folds a proposal whose content is a meeting into that
// meeting: "Kyiv's proposal to meet next week", "proposed that the two
// militaries meet at Panmunjom" tell one meeting, only proposed, that its
// proposers offer. Kept apart, the graph shows a proposal and a meeting
// for one thing and splits who offered and who rejected it.
func (d *doc) proposedMeetings() {
	d.dropEvents(func(_ int, p *event) bool {
		if p.typ != graph.Proposal {
			return false
		}
		m := d.proposedMeeting(p)
		if m == nil || m.ev == p {
			return false
		}
		d.foldInto(p, m.ev)
		return true
	})
}

// proposedMeeting returns the meeting mention that is the content of a
// mention of proposal p: a meeting verb right after "to", or opening the
// clause "that ..." the proposal verb takes, which is not yet held.
func (d *doc) proposedMeeting(p *event) *eventMention {
	for _, pm := range p.mentions {
		k := pm.hi
		if de := d.dateRightAfter(k); de != nil && pm.verb {
			k = de.hi // "proposed last month that ..."
		}
		switch d.tok(k).lower {
		case "to":
			k++
		case "that":
			if !pm.verb {
				continue // "the proposal that was rejected"
			}
			for k++; k < pm.hi+8 && k < d.sents[pm.sent].hi && d.evAt[k] == nil; k++ {
				if t := d.toks[k]; t.kind == tokPunct && t.text != "-" || t.lower == "to" {
					break
				}
			}
		default:
			continue
		}
		m := d.evAt[k]
		if m == nil || m.ev == nil || !m.verb || m.ev.typ != graph.Meeting || m.ev.mod == graph.Asserted || m.sent != pm.sent {
			continue
		}
		return m
	}
	return nil
}
