package extract

// pressDescriptors, written in lower case right before a name, say the
// name is a medium: "the state news agency Belta", "the daily Kommersant",
// "the broadcaster Kanal 13". A medium that reports an event takes no part
// in it.
var pressDescriptors = setOf("outlet", "newspaper", "daily", "weekly", "tabloid", "magazine", "broadcaster",
	"broadcasters", "television", "tv", "radio", "channel", "website", "media")

// mediaBefore reports whether the words ending right before token lo name a
// medium: a press descriptor, or "news agency" and "press agency".
func (d *doc) mediaBefore(lo int) bool {
	t := d.tok(lo - 1)
	if t.cap {
		return false
	}
	if pressDescriptors[t.lower] {
		return true
	}
	if t.lower != "agency" {
		return false
	}
	w := d.tok(lo - 2).lower
	return w == "news" || w == "press" || w == "wire"
}
