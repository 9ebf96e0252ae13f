package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// tokKind is the coarse class of a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
)

// token is one word, number or punctuation mark. Offsets are kept both in
// bytes (to slice the text) and in code points (what evidence reports).
type token struct {
	text       string // as written
	lower      string // lowercased, accents folded: the key for every lexicon
	start, end int    // code-point offsets, end exclusive
	bstart     int    // byte offsets
	bend       int
	kind       tokKind
	cap        bool // first letter is upper case
	allUpper   bool // two or more letters, all upper case
	space      bool // whitespace precedes the token
	newlines   int  // newlines in the whitespace before the token
}

// abbreviations keep their full stop: "Gen. Smith" and "St. Louis" are
// not sentence ends. The value says whether the abbreviation can also end a
// sentence ("in the U.S." can; "Dr." cannot).
var abbreviations = map[string]bool{
	"mr": false, "mrs": false, "ms": false, "dr": false, "st": false, "gen": false, "lt": false,
	"col": false, "maj": false, "sgt": false, "capt": false, "cpt": false, "adm": false, "prof": false,
	"rev": false, "sen": false, "rep": false, "gov": false, "pres": false, "amb": false, "mt": false,
	"ft": false, "no": false, "nos": false, "jan": false, "feb": false, "mar": false, "apr": false,
	"jun": false, "jul": false, "aug": false, "sep": false, "sept": false, "oct": false, "nov": false,
	"dec": false, "approx": false, "vs": false, "fig": false, "vol": false, "cf": false,
	"jr": true, "sr": true, "inc": true, "corp": true, "ltd": true, "co": true, "etc": true,
	"bros": true, "dept": false, "est": false, "brig": false, "cmdr": false, "cdr": false, "lieut": false,
	"cpl": false, "pvt": false, "supt": false, "insp": false, "hon": false, "gens": false, "messrs": false,
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes
// become single-rune punctuation tokens, so every byte belongs somewhere and
// offsets stay exact.
func tokenize(text string) []token {
	return tokenizeAt(text, 0, len(text), 0)
}

// tokenizeAt tokenizes text[lo:hi], whose first byte is code point runeLo
// of text, with offsets counted in the whole text.
func tokenizeAt(text string, lo, hi, runeLo int) []token {
	text = text[:hi]
	toks := make([]token, 0, (hi-lo)/5+1)
	rpos := runeLo // code-point offset of i
	i := lo
	space := true
	newlines := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newlines++
			}
			space = true
			i += size
			rpos++
			continue
		}
		start, rstart := i, rpos
		kind := tokPunct
		switch {
		case isWordRune(r):
			kind = tokWord
			if unicode.IsDigit(r) {
				kind = tokNumber
			}
			i, rpos = scanWord(text, i, rpos, kind == tokNumber)
			if kind == tokWord {
				i, rpos = joinClosedSpelling(text, start, i, rpos)
			}
		case r == '-' && strings.HasPrefix(text[i:], "--"):
			i += 2
			rpos += 2
		default:
			i += size
			rpos++
		}
		t := token{text: text[start:i], start: rstart, end: rpos, bstart: start, bend: i, kind: kind, space: space, newlines: newlines}
		space, newlines = false, 0
		// Split a possessive ending off the word: "Lammy’s" → "Lammy" "’s".
		if kind == tokWord {
			if n := possessiveLen(t.text); n > 0 && len(t.text) > n {
				cut := len(t.text) - n
				head := t
				head.text, head.bend, head.end = t.text[:cut], t.bstart+cut, t.end-2
				tail := token{text: t.text[cut:], start: head.end, end: t.end, bstart: head.bend, bend: t.bend, kind: tokPunct}
				toks = append(toks, finishToken(head), finishToken(tail))
				continue
			}
			if n := negationLen(t.text); n > 0 && len(t.text) > n {
				toks = append(toks, splitNegation(t, n)...)
				continue
			}
		}
		t = finishToken(t)
		if strings.IndexByte(t.text, '-') > 0 {
			t.lower = closedSpellings[t.lower] // no other word keeps a hyphen
		}
		toks = append(toks, t)
	}
	return toks
}

// closedSpellings are hyphenated words every lexicon keys in their closed
// form: "run-off" is the vote "runoff" is, "cease-fire" the "ceasefire".
// Joined into one token where tokens are made, every rule written for one
// spelling reads the other; the token's text stays as written.
var closedSpellings = map[string]string{
	"run-off": "runoff", "run-offs": "runoffs",
	"cease-fire": "ceasefire", "cease-fires": "ceasefires",
}

// joinClosedSpelling extends the word text[start:end], whose end is code
// point rpos, over a hyphen and the word after it when the two spell one of
// closedSpellings, and returns the token's new end.
func joinClosedSpelling(text string, start, end, rpos int) (int, int) {
	if end >= len(text) || text[end] != '-' || end+1 >= len(text) {
		return end, rpos
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	if !unicode.IsLetter(r) {
		return end, rpos
	}
	next, nextRpos := scanWord(text, end+1, rpos+1, false)
	if _, ok := closedSpellings[foldLower(text[start:next])]; !ok {
		return end, rpos
	}
	return next, nextRpos
}

func finishToken(t token) token {
	t.lower = foldLower(t.text)
	if t.kind != tokPunct {
		r, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(r)
		letters, upper := 0, 0
		for _, c := range t.text {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			}
		}
		t.allUpper = letters >= 2 && letters == upper
	}
	return t
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads a word or number starting at i. Words keep inner
// apostrophes ("wouldn’t", "N'Djamena") and dotted abbreviations ("U.S.",
// "a.m."); numbers keep inner separators ("1,000", "15:35", "3.5").
func scanWord(text string, i, rpos int, number bool) (int, int) {
	start := i
	dotted := false // seen a letter-dot-letter pattern: an abbreviation
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			rpos++
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+size:])
		switch {
		case (r == '\'' || r == '’') && unicode.IsLetter(next) && !number:
			i += size
			rpos++
			continue
		case number && (r == ',' || r == '.' || r == ':') && unicode.IsDigit(next):
			i += size
			rpos++
			continue
		case r == '.' && !number:
			word := text[start:i]
			if unicode.IsLetter(next) && utf8.RuneCountInString(lastSegment(word)) == 1 {
				// "U.S", "a.m": keep going, the dot is inside an abbreviation.
				dotted = true
				i += size
				rpos++
				continue
			}
			if dotted || utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)) && initialAt(text, start, i+size) {
				// "U.S." or an initial "J.": the final dot belongs to the token.
				return i + size, rpos + 1
			}
			if _, ok := abbreviations[foldLower(word)]; ok {
				return i + size, rpos + 1
			}
		}
		return i, rpos
	}
	return i, rpos
}

// initialAt reports whether a lone capital letter at start, whose dot ends
// at end, is an initial inside a name ("George W. Bush") rather than a
// word ending a sentence ("wrote on X. He added"): a capitalised word
// stands right before it and a capitalised word follows.
func initialAt(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	if len(before) == len(text[:start]) || before == "" {
		return start == 0 || len(before) == len(text[:start])
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(r) {
		return true // "Dr. J. Smith", a sentence opening with an initial
	}
	w := before[strings.LastIndexAny(before, " \n\t")+1:]
	// "wrote on X. He added": a lower-case word before makes the letter a
	// word of its own that ends the sentence.
	return w != "" && unicode.IsUpper(firstRune(w))
}

func lastSegment(w string) string {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		return w[k+1:]
	}
	return w
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// possessiveLen returns the byte length of a trailing "'s"/"’s" on a word.
func possessiveLen(w string) int {
	switch {
	case strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "'S"):
		return 2
	case strings.HasSuffix(w, "’s"), strings.HasSuffix(w, "’S"):
		return len("’s")
	}
	return 0
}

// negationLen returns the byte length of a trailing "n't"/"n’t" on a
// word: "didn't", "won’t".
func negationLen(w string) int {
	switch {
	case strings.HasSuffix(w, "n't"), strings.HasSuffix(w, "N'T"):
		return len("n't")
	case strings.HasSuffix(w, "n’t"), strings.HasSuffix(w, "N’T"):
		return len("n’t")
	}
	return 0
}

// contractedHeads are the auxiliaries a negative contraction spells
// differently: "won't" is "will not".
var contractedHeads = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// splitNegation splits the last n bytes, a negative contraction, off the
// word t: "didn't" reads "did" "not" and "won't" reads "will" "not", so
// every rule written for "did not" reads "didn't" alike. The tokens keep
// their text as written; only their lower-case forms are spelled out.
func splitNegation(t token, n int) []token {
	cut := len(t.text) - n
	head, tail := t, t
	head.text, head.bend, head.end = t.text[:cut], t.bstart+cut, t.end-3
	tail.text, tail.bstart, tail.start, tail.space, tail.newlines = t.text[cut:], head.bend, head.end, false, 0
	head, tail = finishToken(head), finishToken(tail)
	if full, ok := contractedHeads[head.lower]; ok {
		head.lower = full
	}
	tail.lower, tail.cap, tail.allUpper = "not", false, false
	return []token{head, tail}
}

// foldLower lowercases s and folds Latin diacritics, so lexicon keys match
// "Türkiye" and "Turkiye" alike. Curly apostrophes become straight ones.
func foldLower(s string) string {
	ascii, lower := true, true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
			break
		} else if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if ascii && lower {
		return s
	}
	var b strings.Builder
	if ascii {
		// Capitalised English words: no rune needs folding.
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	b.Grow(len(s))
	for _, r := range s {
		if r == '’' || r == '‘' {
			r = '\''
		}
		b.WriteRune(unicode.ToLower(graph.FoldRune(r)))
	}
	return b.String()
}
