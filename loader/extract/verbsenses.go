package extract

// callNoun reports whether "call" or "calls" at k, before "on", names a
// conversation, not an appeal: "in a phone call on Sunday", "by video call
// on Thursday". A day or month after "on" tells when it was held; a word
// before it naming a medium makes it a conversation too. "Its call for a
// ceasefire" stays an appeal.
func (d *doc) callNoun(k int) bool {
	if w := d.toks[k].lower; w != "call" && w != "calls" || d.tok(k+1).lower != "on" {
		return false
	}
	n := d.tok(k + 2).lower
	if _, ok := months[n]; ok || isWeekday(n) {
		return true
	}
	return callMedia[d.tok(k-1).lower]
}

// callMedia before "call" make it a conversation held.
var callMedia = setOf("phone", "telephone", "video", "conference", "zoom")

// impactPreps after a blaming verb ("slammed into", "blasted through") make
// it a physical blow.
var impactPreps = setOf("into", "through", "onto")
