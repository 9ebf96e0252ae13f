package extract

import "strings"

// groupSubject returns the pair a group phrase just before the stance verb
// at k stands for: "Both leaders condemned the launch", "The two
// governments rejected the plan". Only aux words and adverbs may stand
// between the phrase and the verb; nil when there is no such phrase.
func (d *doc) groupSubject(k int) []*entity {
	lo, _ := d.clause(k)
	j := k - 1
	for j > lo && (d.auxOrAdverb(j) || d.toks[j].lower == "jointly") {
		j--
	}
	for g := 2; g <= 3; g++ {
		st := j - g + 1
		if st < lo || d.toks[st].lower == "each" || groupBlock[d.tok(st-1).lower] {
			continue
		}
		if d.groupWords(st) == g {
			return d.lastPair(st)
		}
		if peopleGroups[d.toks[j].lower] && (g == 3 && d.toks[st].lower == "the" && d.toks[st+1].lower == "two" ||
			g == 2 && d.toks[st].lower == "both") {
			// "the two ministers", "both leaders": the two people last
			// named together or met.
			if ps := d.lastPersonPair(st); ps != nil {
				return ps
			}
			return d.lastMeetingPair(st)
		}
	}
	return nil
}

// listSubject returns the actors of a list that opens the sentence, or a
// clause joined to it by ", and", "while" or "but", and stands just before
// the stance verb at k: "The Nordic Council, the Baltic Assembly and Poland
// denounced ..." gives all three, and "... called the raid a crime, and
// Kenya and Uganda condemned it" gives both. Only aux words and adverbs may
// stand between the list and the verb; nil unless two or more actors are
// listed.
func (d *doc) listSubject(k int) []*entity {
	s := d.sents[d.sentOf[k]]
	j := d.listGap(k-1, s.lo)
	var out []*entity
	for j >= s.lo {
		j = d.seatedBody(j) // "the US embassy in Bamako": the body, not its seat
		sp, e := d.actorAt(j)
		if e == nil || sp.hi != j+1 || d.isModifierActor(sp) {
			return nil
		}
		out = append(out, e)
		j = sp.lo - 1
		if q, _ := d.actorAt(j); j >= s.lo && q != nil && q.hi == sp.lo {
			j = q.lo - 1 // "the US embassy": the state only says whose body it is
		}
		if d.tok(j).lower == "the" && j >= s.lo {
			j--
		}
		if j < s.lo || d.listIntro(j, s) || len(out) > 1 && d.clauseJoin(j) {
			break
		}
		switch w := d.toks[j].lower; {
		case w == "and" && d.tok(j-1).text == ",":
			j -= 2
		case w == "and" || w == ",":
			j--
		default:
			return nil // the list does not open the sentence
		}
		if d.tok(j).lower == "the" {
			return nil
		}
		if d.acronymAfter(j, s.lo) {
			j -= 3
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sharedGroupSubject returns the pair a sentence-opening group phrase
// stands for when the stance verb at k is the second of two verbs it
// governs: "The two ministers called on X to ... and urged Y to ...".
func (d *doc) sharedGroupSubject(k int) []*entity {
	if d.tok(k-1).lower != "and" {
		return nil
	}
	s := d.sents[d.sentOf[k]]
	for j := s.lo + 1; j < min(s.lo+4, k); j++ {
		if g := d.groupSubject(j + 1); g != nil && d.tok(j+1).kind == tokWord && !d.tok(j+1).cap {
			if lo, _ := d.clause(j + 1); lo == s.lo {
				return g
			}
		}
	}
	return nil
}

// auxOrAdverb reports whether token k may stand between a subject and its
// verb: an aux word or a lower-case adverb in -ly ("have jointly").
func (d *doc) auxOrAdverb(k int) bool {
	t := d.toks[k]
	return auxWords[t.lower] || strings.HasSuffix(t.lower, "ly") && t.kind == tokWord && !t.cap
}
