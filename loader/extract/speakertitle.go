package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// titledSpeechVerb returns the speech verb a person's title leads to, or
// -1: in "Olena Bondar, head of the regional military administration,
// said a drone hit ..." the person reports what the clause after the
// verb tells and takes no part in it.
func (d *doc) titledSpeechVerb(sp *span) int {
	if sp.ent == nil || sp.ent.typ != graph.Person || d.tok(sp.hi).text != "," {
		return -1
	}
	j := sp.hi + 1
	for articleWords[d.tok(j).lower] {
		j++
	}
	r, ok := d.spanEntity(j)
	if !ok || r.kind != spanRole || r.lo != j {
		return -1
	}
	for k := r.hi; k < r.hi+12 && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.text == "," {
			if v := d.tok(k + 1).lower; speechVerbs[v] && !strings.HasSuffix(v, "ing") {
				return k + 1
			}
			return -1
		}
		if t.text == "." || t.kind != tokWord && t.text != "-" && t.text != "'s" || d.trigAt != nil && d.trigAt[k] {
			return -1
		}
	}
	return -1
}

// toldAtMeeting reports whether a speaker told someone something at the
// meeting m: "Haddad told Anna Berg at a meeting in Amman that ...".
// The speaker is a party to the meeting the words were said at.
func (d *doc) toldAtMeeting(sp *span, m *eventMention) bool {
	if m.typ != graph.Meeting {
		return false
	}
	v := d.titledSpeechVerb(sp)
	if v < 0 {
		v = sp.hi
	}
	if d.tok(v).lower != "told" || m.lo <= v || m.lo-v > 14 {
		return false
	}
	at := m.lo - 1
	if articleWords[d.tok(at).lower] {
		at--
	}
	if w := d.tok(at).lower; w != "at" && w != "during" {
		return false
	}
	for k := v + 1; k < at; k++ {
		if t := d.toks[k]; t.kind != tokWord || t.lower == "that" {
			return false // "told reporters that the talks ...": what was said
		}
	}
	return true
}
