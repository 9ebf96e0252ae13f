package extract

// conditionPronouns open a condition whose subject was named before:
// "if it refuses", "if they fail".
var conditionPronouns = setOf("it", "they")

// pronounSubject reports whether the condition opened before j has a
// pronoun for its subject.
func (d *doc) pronounSubject(j int) bool {
	return j < len(d.toks) && conditionPronouns[d.toks[j].lower]
}

// refusalInCondition reports whether the refusal at k is what a condition
// supposes: "would be punished if it refused to disarm" tells no refusal.
func (d *doc) refusalInCondition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch w := d.toks[j].text; {
		case w == "," || w == "." || w == ";":
			return false
		case d.toks[j].lower == "if" || d.toks[j].lower == "unless":
			return true
		}
	}
	return false
}

// threatenedCountry returns the country a threat at k aims at as "the
// country" or "the nation" a few words on, the state the article is
// about: "threatened sanctions against the country", "threatened to make
// the country pay". Nil when no such phrase follows in the clause.
func (d *doc) threatenedCountry(k int) *entity {
	_, hi := d.clause(k)
	for j := k + 2; j < min(hi, k+12); j++ {
		if w := d.toks[j].lower; w != "country" && w != "nation" {
			continue
		}
		// "the country", "the West African country"
		for i := j - 1; i >= j-3 && i > k; i-- {
			if d.toks[i].lower == "the" {
				return d.mainCountry(k)
			}
			if d.toks[i].kind != tokWord {
				break
			}
		}
	}
	return nil
}

// modalSubject reports whether e's last mention before k in sentence si
// is the subject of a modal: "Hamas would be crushed".
func (d *doc) modalSubject(e *entity, k, si int) bool {
	for _, sp := range d.walkBack(d.sents[si].lo, k) {
		if sp != nil && actorOf(sp) == e {
			return threatModals[d.tok(sp.hi).lower]
		}
	}
	return false
}
