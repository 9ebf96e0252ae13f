package extract

import "strings"

// groupSubject returns the pair a group phrase just before the stance verb
// at k stands for: "Both leaders condemned the launch", "The two
// governments rejected the plan". Only aux words and adverbs may stand
// between the phrase and the verb; nil when there is no such phrase.
func (d *doc) groupSubject(k int) []*entity {
	lo, _ := d.clause(k)
	j := k - 1
	for j > lo && (auxWords[d.toks[j].lower] || d.toks[j].lower == "jointly" ||
		strings.HasSuffix(d.toks[j].lower, "ly") && d.toks[j].kind == tokWord && !d.toks[j].cap) {
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
		if g == 2 && d.toks[st].lower == "both" && peopleGroups[d.toks[j].lower] {
			// "both leaders": the two people last named together or met.
			if ps := d.lastPersonPair(st); ps != nil {
				return ps
			}
			return d.lastMeetingPair(st)
		}
	}
	return nil
}
