package extract

import (
	"fmt"
	"slices"
	"strings"
)

// asWritten in the fourth column of a verb row of triggers.tsv says the
// words are matched as written, with no forms derived: "by phone", "at war".
const asWritten = "="

// verbRow is a verb row of triggers.tsv: the base form, its trigger, and the
// forms left out on purpose because they are also nouns or names ("bombs").
type verbRow struct {
	base    string
	tr      trigger
	leftOut []string
}

// addVerbForms adds every form of every verb row of rows. A form written as a row
// of its own (the noun "talks" beside the verb "talk") keeps that row; a
// form two verb rows both derive must mean the same, or the file is wrong.
func (l *lexicon) addVerbForms(rows []verbRow) error {
	// from records each derived form, so a key of l.triggers.m not in it
	// was written as a row of its own.
	from := make(map[string]string)
	l.verbBase = make(map[string]string)
	for _, r := range rows {
		forms := verbForms(r.base)
		for _, x := range r.leftOut {
			if !slices.Contains(forms, x) {
				return fmt.Errorf("%s: %q left out is no form of it", r.base, x)
			}
		}
		for _, f := range forms {
			f = phraseKey(f)
			b, derived := from[f]
			if _, written := l.triggers.m[f]; written && !derived || slices.Contains(r.leftOut, f) {
				continue
			}
			if derived {
				if l.triggers.m[f] != r.tr {
					return fmt.Errorf("%q is a form of both %q and %q", f, b, r.base)
				}
				continue
			}
			from[f] = r.base
			l.verbBase[f] = phraseKey(r.base)
			l.triggers.add(f, r.tr)
		}
	}
	return nil
}

// phraseKey is the key phrases stores s under.
func phraseKey(s string) string {
	return tokensKey(tokenize(s))
}

// tokensKey is the key phrases stores the tokens toks under: their
// lowercased words joined by spaces.
func tokensKey(toks []token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.lower
	}
	return strings.Join(words, " ")
}

// verbBase returns the base form of a trigger verb form ("pulled back" →
// "pull back"), or key itself when no verb row derives it: rules decide a
// verb by its base, so every form of it is decided alike.
func (d *doc) verbBase(key string) string {
	if b, ok := d.lex.verbBase[key]; ok {
		return b
	}
	return key
}
