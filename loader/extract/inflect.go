package extract

import (
	"slices"
	"strings"
)

// English verb inflection, in one place: the trigger lexicon lists a verb by
// its base form and the rules that single out verbs build their word sets
// from base forms, so a form ("had withdrawn", "telephoned") is never known
// to one list and missing from another.

// irregularVerbs gives the past and past participle of the irregular verbs
// the lexicons and rules use, and the verbs whose regular forms the rules
// below get wrong (a doubled final consonant in a word of two syllables,
// both the British and the American spelling).
var irregularVerbs = map[string][]string{
	"arise":     {"arose", "arisen"},
	"be":        {"was", "were", "been", "is", "are", "am"},
	"bear":      {"bore", "borne", "born"},
	"beat":      {"beat", "beaten"},
	"become":    {"became", "become"},
	"begin":     {"began", "begun"},
	"bid":       {"bid"},
	"bind":      {"bound"},
	"blow":      {"blew", "blown"},
	"break":     {"broke", "broken"},
	"bring":     {"brought"},
	"broadcast": {"broadcast"},
	"build":     {"built"},
	"buy":       {"bought"},
	"cancel":    {"cancelled", "canceled", "cancelling", "canceling"},
	"catch":     {"caught"},
	"choose":    {"chose", "chosen"},
	"come":      {"came", "come"},
	"cut":       {"cut"},
	"deal":      {"dealt"},
	"do":        {"did", "done"},
	"draw":      {"drew", "drawn"},
	"drive":     {"drove", "driven"},
	"eat":       {"ate", "eaten"},
	"fall":      {"fell", "fallen"},
	"feed":      {"fed"},
	"feel":      {"felt"},
	"fight":     {"fought"},
	"find":      {"found"},
	"flee":      {"fled"},
	"fly":       {"flew", "flown"},
	"forbid":    {"forbade", "forbidden"},
	"forgive":   {"forgave", "forgiven"},
	"freeze":    {"froze", "frozen"},
	"fuel":      {"fuelled", "fueled", "fuelling", "fueling"},
	"get":       {"got", "gotten"},
	"give":      {"gave", "given"},
	"go":        {"went", "gone"},
	"grow":      {"grew", "grown"},
	"hang":      {"hung", "hanged"},
	"have":      {"had", "has"},
	"hear":      {"heard"},
	"hide":      {"hid", "hidden"},
	"hit":       {"hit"},
	"hold":      {"held"},
	"keep":      {"kept"},
	"know":      {"knew", "known"},
	"label":     {"labelled", "labeled", "labelling", "labeling"},
	"lay":       {"laid"},
	"lead":      {"led"},
	"leave":     {"left"},
	"let":       {"let"},
	"lose":      {"lost"},
	"make":      {"made"},
	"mean":      {"meant"},
	"meet":      {"met"},
	"mislead":   {"misled"},
	"oversee":   {"oversaw", "overseen"},
	"overrun":   {"overran", "overrun"},
	"overthrow": {"overthrew", "overthrown"},
	"override":  {"overrode", "overridden"},
	"pay":       {"paid"},
	"put":       {"put"},
	"quit":      {"quit"},
	"read":      {"read"},
	"retake":    {"retook", "retaken"},
	"ride":      {"rode", "ridden"},
	"rise":      {"rose", "risen"},
	"run":       {"ran", "run"},
	"say":       {"said"},
	"see":       {"saw", "seen"},
	"seek":      {"sought"},
	"sell":      {"sold"},
	"send":      {"sent"},
	"set":       {"set"},
	"shake":     {"shook", "shaken"},
	"shed":      {"shed"},
	"shoot":     {"shot"},
	"shut":      {"shut"},
	"sink":      {"sank", "sunk"},
	"sit":       {"sat"},
	"slay":      {"slew", "slain"},
	"speak":     {"spoke", "spoken"},
	"spend":     {"spent"},
	"spread":    {"spread"},
	"stand":     {"stood"},
	"steal":     {"stole", "stolen"},
	"strike":    {"struck", "stricken"},
	"swear":     {"swore", "sworn"},
	"take":      {"took", "taken"},
	"teach":     {"taught"},
	"tear":      {"tore", "torn"},
	"tell":      {"told"},
	"think":     {"thought"},
	"throw":     {"threw", "thrown"},
	"travel":    {"travelled", "traveled", "travelling", "traveling"},
	"undergo":   {"underwent", "undergone"},
	"undertake": {"undertook", "undertaken"},
	"uphold":    {"upheld"},
	"upset":     {"upset"},
	"wear":      {"wore", "worn"},
	"win":       {"won"},
	"withdraw":  {"withdrew", "withdrawn"},
	"withhold":  {"withheld"},
	"withstand": {"withstood"},
	"write":     {"wrote", "written"},
}

// doublingVerbs are verbs of two or more syllables stressed on the last,
// which double the final consonant like one-syllable verbs do ("admitted").
var doublingVerbs = map[string]bool{
	"abet": true, "acquit": true, "admit": true, "commit": true, "compel": true,
	"control": true, "deter": true, "embed": true, "equip": true, "expel": true,
	"kidnap": true, "occur": true, "omit": true, "patrol": true, "permit": true,
	"propel": true, "rebel": true, "refer": true, "regret": true, "repel": true,
	"submit": true, "transfer": true, "prefer": true, "confer": true, "incur": true,
	"outstrip": true, "overstep": true, "recommit": true, "readmit": true,
	"remit": true, "unplug": true, "worship": true, "quit": true, "begin": true,
	"forbid": true, "upset": true, "overrun": true, "outbid": true, "beset": true,
}

// verbForms returns the inflected forms of a base verb: the base itself,
// the third person singular, the past and past participle and the -ing
// form, each once. A phrasal or multi-word verb ("pull out", "take
// office") inflects its first word and keeps the rest.
func verbForms(base string) []string {
	head, tail, multi := strings.Cut(base, " ")
	forms := wordForms(head)
	if multi {
		for i := range forms {
			forms[i] += " " + tail
		}
	}
	return forms
}

func wordForms(w string) []string {
	out := []string{w}
	add := func(f string) {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if w != "be" && w != "have" { // their third person ("is", "has") is listed as irregular
		add(sForm(w))
	}
	if irr, ok := irregularVerbs[w]; ok {
		for _, f := range irr {
			add(f)
		}
	} else {
		add(edForm(w))
	}
	// Irregular rows that list -ing forms ("cancelling", "canceling") list
	// the regular one among them, which add keeps once.
	add(ingForm(w))
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// doubles reports whether w doubles its final consonant before -ed and
// -ing: one vowel letter before one final consonant in a word of one
// syllable ("ban", "stop"), or a listed verb stressed on its last syllable.
func doubles(w string) bool {
	if doublingVerbs[w] {
		return true
	}
	n := len(w)
	if n < 3 {
		return false
	}
	last, mid, before := w[n-1], w[n-2], w[n-3]
	if isVowel(last) || strings.IndexByte("wxy", last) >= 0 || !isVowel(mid) || isVowel(before) {
		return false
	}
	// One syllable: no other vowel group before the last one.
	for i := 0; i < n-2; i++ {
		if isVowel(w[i]) || (w[i] == 'y' && i > 0) {
			return false
		}
	}
	return true
}

func sForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "o"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

func edForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	case doubles(w):
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

func ingForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case strings.HasSuffix(w, "ee"), strings.HasSuffix(w, "ye"), strings.HasSuffix(w, "oe"):
		return w + "ing"
	case n > 2 && strings.HasSuffix(w, "e"):
		return w[:n-1] + "ing"
	case doubles(w):
		return w + w[n-1:] + "ing"
	}
	return w + "ing"
}

// verbSet is the set of every form of the given base verbs: the word sets
// of rules that single out a verb are built with it.
func verbSet(bases ...string) map[string]bool {
	m := make(map[string]bool, 5*len(bases))
	for _, b := range bases {
		for _, f := range verbForms(b) {
			m[f] = true
		}
	}
	return m
}

// withVerbs adds every form of the given base verbs to a set of other
// words, for a word set that mixes nouns and verbs.
func withVerbs(set map[string]bool, bases ...string) map[string]bool {
	for w := range verbSet(bases...) {
		set[w] = true
	}
	return set
}

// mapTo maps every word of set to v in m, for a table that names each
// form of a verb alike.
func mapTo(m map[string]string, set map[string]bool, v string) map[string]string {
	for w := range set {
		m[w] = v
	}
	return m
}

// leaveOut removes forms from a verb set, for the forms a rule leaves out
// on purpose (a form that is also a noun, or one read otherwise), as the
// fourth column of triggers.tsv does for the trigger lexicon.
func leaveOut(set map[string]bool, forms ...string) map[string]bool {
	for _, f := range forms {
		delete(set, f)
	}
	return set
}
