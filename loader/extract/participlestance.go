package extract

import "strings"

// A participle of blame after a comma ("Britain, France and Germany
// triggered the mechanism, accusing Iran of ...", "X threatened to raise
// the levy on imports covered by the US-Canada pact, accusing Mexico of
// ...") has the main clause's subject for its own: the nearest name before
// the comma is usually an object inside the clause it closes.

// participleStanceSubjects returns who acts in a participle of blame at k:
// the list that opens the sentence, else its first acting name. It returns
// nil when k is no participle after a comma, or when a verb of saying
// stands before it ("..., Russia said, accusing Kyiv of ..."): there the
// teller acts and subjectBefore finds them.
func (d *doc) participleStanceSubjects(k, si int) []*entity {
	if d.tok(k-1).text != "," || !strings.HasSuffix(d.toks[k].lower, "ing") {
		return nil
	}
	s := d.sents[si]
	v := -1
	for j, sp := range d.walk(s.lo, k) {
		if sp != nil {
			continue
		}
		t := d.toks[j]
		if speechVerbs[t.lower] || t.lower == "according" {
			return nil
		}
		if v < 0 && j > s.lo && t.kind == tokWord && !t.cap && t.lower != "and" && t.lower != "the" && !d.auxOrAdverb(j) {
			v = j // the main verb, past the names that open the sentence
		}
	}
	if v > s.lo {
		if l := d.listSubject(v); l != nil {
			return l
		}
	}
	for j := k - 2; j > s.lo; j-- {
		// "..., after Norway, Sweden and Denmark invoked the clause, accusing"
		if t := d.toks[j]; t.kind == tokWord && !t.cap && d.spanAt[j] == 0 && !d.auxOrAdverb(j) {
			if l := d.clauseList(j, s.lo); l != nil {
				return l
			}
		}
	}
	if e := d.firstActor(si, k); e != nil {
		return []*entity{e}
	}
	return nil
}

// listOpeners may stand before a list that is the subject of a clause.
var listOpeners = setOf("after", "as", "when", "while", "because", "since", "before", "once")

// clauseList returns the actors of a list of two or more names standing
// just before the verb at v, when the list opens the sentence or a clause
// (after a comma or a word such as "after"), else nil.
func (d *doc) clauseList(v, lo int) []*entity {
	var out []*entity
	j := v - 1
	for j >= lo {
		sp, e := d.actorAt(j)
		if e == nil || sp.hi != j+1 || d.isModifierActor(sp) {
			return nil
		}
		out = append(out, e)
		j = sp.lo - 1
		if j < lo || listOpeners[d.toks[j].lower] {
			break
		}
		switch w := d.toks[j].lower; {
		case w == "and" && d.tok(j-1).text == ",":
			j -= 2
		case w == "and" || w == ",":
			if w == "," && len(out) > 1 {
				if p, pe := d.actorAt(max(j-1, 0)); pe == nil || p.hi != j {
					return out // the comma opens the clause
				}
			}
			j--
		default:
			return nil
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
