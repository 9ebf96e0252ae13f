package extract

import "strings"

// unitHeads end the name of a military formation that armies number:
// "the 303rd Infantry Brigade", "the 1st Armoured Division".
var unitHeads = setOf("brigade", "division", "regiment", "battalion", "corps", "army", "fleet", "squadron")

// numberedUnit returns the length of a formation's name opened by its
// ordinal, 0 when none: the number is part of the name, as "Infantry
// Brigade" alone names every army's brigades at once.
func (d *doc) numberedUnit(i, hi int, heading bool) int {
	t := d.toks[i]
	if t.kind != tokNumber || !ordinalNumber(t.lower) || i+1 >= hi || !d.toks[i+1].cap || d.toks[i+1].kind != tokWord {
		return 0
	}
	n := d.nameRun(i+1, hi, heading)
	if n == 0 || !unitHeads[d.toks[i+n].lower] {
		return 0
	}
	return 1 + n
}

// ordinalNumber reports whether a number is written as an ordinal: "1st",
// "72nd", "303rd", "11th".
func ordinalNumber(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if digits, ok := strings.CutSuffix(w, suf); ok && digits != "" && strings.Trim(digits, "0123456789") == "" {
			return true
		}
	}
	return false
}
