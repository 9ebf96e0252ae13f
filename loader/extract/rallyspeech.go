package extract

// rallySpeech reports whether a rally is only where a leader spoke:
// "the premier, speaking at a rally in Lyon, said", "told thousands of
// supporters at a rally", "told a rally in Lyon". What happened there is
// the speech, a statement, not a demonstration.
func (d *doc) rallySpeech(lo, hi int) bool {
	w := d.toks[hi-1].lower
	if w != "rally" && w != "rallies" {
		return false
	}
	k := lo - 1
	for n := 0; n < 3 && k > 0 && rallyModifiers[d.toks[k].lower]; n++ {
		k--
	}
	return d.tok(k).lower == "at" && d.sentWordWithin(k, 6, rallySpeechVerbs) || rallyAudienceVerbs[d.tok(k).lower] && d.tok(k+1).lower != "the"
}

// rallyAudienceVerbs take the rally itself as the audience: "told a rally
// in Banja Luka", "addressed a rally". "told the rally" speaks at the
// protest told before, which stays one.
var rallyAudienceVerbs = verbSet("tell", "address")

// sentWordWithin reports whether a word of set stands among the n tokens
// before k in the sentence of k: a cue close enough to bear on k.
func (d *doc) sentWordWithin(k, n int, set map[string]bool) bool {
	return d.wordBetween(max(d.sents[d.sentOf[k]].lo, k-n), k, set)
}

// rallyModifiers stand between "at" and "rally".
var rallyModifiers = setOf("a", "an", "the", "his", "her", "their", "campaign", "election", "political", "party", "mass", "large", "huge")

// rallySpeechVerbs tell of someone addressing a crowd.
var rallySpeechVerbs = setOf("speaking", "spoke", "speaks", "told", "tells", "telling", "addressed", "addressing",
	"addresses", "said", "says", "declared", "vowed", "pledged", "promised")
