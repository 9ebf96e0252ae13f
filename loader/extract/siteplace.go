package extract

// siteNounsAfterName name a site called after its place: "the Tuapse oil
// refinery", "the Mar-a-Lago resort", "the Kambarata-1 station".
var siteNounsAfterName = setOf("refinery", "resort", "plant", "base", "airbase", "field", "oilfield", "station", "terminal",
	"depot", "complex", "compound", "estate", "mine", "prison", "facility")

// siteWordsAt returns how many lower-case words from token j name a site
// after a place's name, up to three ending in a site noun ("oil refinery",
// "nuclear power plant"), or 0.
func (d *doc) siteWordsAt(j int) int {
	for n := 0; n < 3; n++ {
		t := d.tok(j + n)
		if t.kind != tokWord || t.cap || d.spanAt[min(j+n, len(d.toks)-1)] != 0 {
			return 0
		}
		if siteNounsAfterName[t.lower] {
			return n + 1
		}
	}
	return 0
}
