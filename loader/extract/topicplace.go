package extract

import "github.com/geokg/geokg/graph"

// topicWords open what an accord or a meeting is about: "an agreement on
// water in the Syr Darya basin", "talks over the war in Sudan".
var topicWords = setOf("on", "over", "about", "regarding", "concerning")

// discussVerbs take what a meeting was about as their object.
var discussVerbs = verbSet("discuss")

// topicTypes are the events whose noun takes a subject matter.
var topicTypes = map[graph.EventType]bool{graph.Agreement: true, graph.Proposal: true, graph.Meeting: true, graph.Sanction: true}

// inTopic reports whether the place at pos belongs to the subject matter
// of the event m names rather than saying where it happened:
// "signed an agreement on water in the Syr Darya basin at a summit in
// Tashkent" happened in Tashkent. A day after "on" ("talks on Tuesday in
// Geneva"), "at", a comma or another trigger close the topic. A city
// after the topic is still where the accord was signed: "agreements on
// energy and transport in Nairobi"; a state, region, river or sea is what
// it is about.
//
// A meeting told by its verb takes its matter after a verb of discussing:
// "met the envoy and discussed tensions in the Sahel" happened elsewhere.
func (d *doc) inTopic(m *eventMention, pos int) bool {
	if !topicTypes[m.typ] || pos <= m.hi || pos > m.hi+14 {
		return false
	}
	if sp, ok := d.spanEntity(pos); ok && sp.ent != nil && (sp.ent.kind == "city" || sp.ent.kind == "capital") {
		return false
	}
	topic := false
	for k := m.hi; k < pos; k++ {
		w := d.toks[k].lower
		switch {
		case discussVerbs[w]:
			topic = true
		case m.verb:
			if w == "at" || w == "," || w == ";" || d.trigAt[k] {
				topic = false
			}
		case topicWords[w]:
			n := k + 1
			if w := d.tok(n).lower; w == "the" || w == "a" {
				n++
			}
			topic = !d.dateTokenAt(n) && d.tok(k+1).kind != tokNumber
		case w == "at" || w == "," || w == ";" || w == "during" || d.trigAt[k] || d.dateTokenAt(k):
			topic = false
		}
	}
	return topic
}

// dateTokenAt reports whether token k is a weekday or month name.
func (d *doc) dateTokenAt(k int) bool {
	w := d.tok(k).lower
	return isWeekday(w) || months[w] != 0
}

// placeAfterNoun returns the place an event noun is told with right after
// it, "a meeting of heads of state in Tashkent", which outranks a place
// named before the noun in the same sentence for another matter.
func (d *doc) placeAfterNoun(m *eventMention, locs []actor) *entity {
	if m.verb {
		return nil
	}
	for _, l := range locs {
		if l.pos <= m.hi || l.pos > m.hi+10 || l.prev != "in" && l.prev != "at" || d.inTopic(m, l.pos) {
			continue
		}
		for k := m.hi; k < l.pos; k++ {
			if t := d.toks[k]; t.text == "," || t.text == ";" || d.trigAt[k] || t.lower == "which" || t.lower == "who" || t.lower == "that" {
				return nil
			}
		}
		return l.ent
	}
	return nil
}
