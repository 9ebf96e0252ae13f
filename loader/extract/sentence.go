package extract

// sentence is a run of tokens [lo, hi) of the document.
type sentence struct {
	lo, hi  int
	heading bool // a title-case line without a verb-like word: names only
	para    int  // paragraph number, for carrying dates across sentences
}

// maxSentenceTokens bounds a sentence so that text without punctuation
// still costs linear time in every per-sentence pass.
const maxSentenceTokens = 160

// sentenceStarters are capitalised words that begin a new sentence after an
// abbreviation that can itself end one ("... into the U.S. The ...").
var sentenceStarters = setOf("the", "he", "she", "it", "they", "we", "i", "in", "on", "at", "a", "an", "but",
	"and", "this", "that", "these", "those", "his", "her", "their", "its", "there", "after", "before",
	"while", "when", "as", "according", "meanwhile", "however", "also", "earlier", "later", "last",
	"both", "some", "many", "our", "if", "for", "from", "since", "what", "who", "officials")

var closers = setOf("\"", "”", "’", "'", ")", "]", "»")

// splitSentences groups tokens into sentences. Boundaries are sentence
// punctuation followed by a plausible sentence start, and line breaks (every
// paragraph break; a single line break unless it only wraps a sentence).
func splitSentences(toks []token) []sentence {
	var out []sentence
	lo := 0
	flush := func(hi int) {
		if hi > lo {
			out = append(out, sentence{lo: lo, hi: hi})
		}
		lo = hi
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > lo && t.newlines > 0 {
			prev := toks[i-1]
			wrap := t.newlines == 1 && !t.cap && t.kind == tokWord && (prev.kind == tokWord || prev.text == ",")
			if !wrap {
				flush(i)
			}
		}
		if i-lo >= maxSentenceTokens {
			flush(i)
		}
		end := false
		switch {
		case t.text == "." || t.text == "!" || t.text == "?" || t.text == "…":
			end = true
		case t.kind == tokWord && len(t.text) > 1 && t.text[len(t.text)-1] == '.':
			// An abbreviation: ends a sentence only when the abbreviation may
			// (U.S., Inc.) and what follows starts one.
			canEnd, known := abbreviations[t.lower[:len(t.lower)-1]]
			dotted := !known && isDotted(t.text)
			if canEnd || dotted {
				j := i + 1
				end = j >= len(toks) || toks[j].newlines > 0 || (toks[j].cap && sentenceStarters[toks[j].lower])
			}
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && closers[toks[j].text] && toks[j].newlines == 0 && !toks[j].space {
			j++
		}
		if j < len(toks) && toks[j].newlines == 0 {
			n := toks[j]
			starts := n.cap || n.kind == tokNumber || n.text == "\"" || n.text == "“" || n.text == "'" || n.text == "‘" || n.text == "(" || n.text == "[" || n.text == "—" || n.text == "-"
			if !starts || !n.space && t.text != "." {
				i = j - 1
				continue
			}
		}
		flush(j)
		i = j - 1
	}
	flush(len(toks))
	// Paragraph numbers: recompute from the tokens, since a flush may run
	// before the paragraph counter moves.
	para := 0
	for k := range out {
		if k > 0 && toks[out[k].lo].newlines >= 2 {
			para++
		}
		out[k].para = para
		out[k].heading = isHeading(toks[out[k].lo:out[k].hi])
	}
	return out
}

func isDotted(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			dots++
		}
	}
	return dots >= 2
}

// isHeading reports whether a sentence is a title-case line (a headline or
// cross-heading): most of its words are capitalised and it has no full stop.
func isHeading(ts []token) bool {
	words, caps := 0, 0
	for _, t := range ts {
		if t.kind != tokWord {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	if words < 3 {
		return false
	}
	last := ts[len(ts)-1].text
	if last == "." {
		return false
	}
	return caps*10 >= words*7
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// setPlus returns a new set of the words of base and words, leaving base as
// it is: for a word set that shares its core with another.
func setPlus(base map[string]bool, words ...string) map[string]bool {
	m := make(map[string]bool, len(base)+len(words))
	for w := range base {
		m[w] = true
	}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// pastDateline returns where a sentence starting at lo begins past its
// dateline ("OTTAWA — Prime Minister ...", "NEW DELHI (Reuters) - ...",
// "JAKARTA, April 15 - ..."), lo when it has none before limit.
func (d *doc) pastDateline(lo, limit int) int {
	out := lo
	for j := lo; j < min(lo+14, limit); j++ {
		if w := d.toks[j].text; w == "—" || w == "–" || (w == "-" || w == "--") && (d.tok(j-1).text == ")" || d.spacedDatelineDash(j)) || w == ":" && d.tok(j-1).kind == tokWord && !d.tok(j-1).cap {
			out = j + 1
		}
	}
	return out
}

// spacedDatelineDash reports whether the hyphen at j, spaced on both
// sides, closes a dateline's day or capitalised place: "JAKARTA, April 15 -
// ", "KYIV - ". A hyphen inside a word is never spaced.
func (d *doc) spacedDatelineDash(j int) bool {
	prev := d.tok(j - 1)
	return d.toks[j].space && d.tok(j+1).space && (prev.kind == tokNumber || prev.allUpper)
}
