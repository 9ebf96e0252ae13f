package extract

// A speaker who denies an actor the worth a ruler or a party to talks
// should have criticises it: "said the government was 'not legitimate'",
// "said the envoy had 'no mandate'", "said the junta lacked legitimacy".

// worthWords are what a negation denies an actor in blame.
var worthWords = setOf("legitimate", "legitimacy", "credible", "credibility", "mandate", "sincere", "trustworthy",
	"honest", "serious")

// worthLeads may stand between a negation and the worth it denies.
var worthLeads = setOf("a", "any", "really", "truly", "remotely", "the", "real", "democratic")

// deniedWorth reports whether the words from j, right after a negation or
// a loss ("lost all", "lacks"), name a worth denied: "not legitimate",
// "no mandate", "no longer credible".
func (d *doc) deniedWorth(j int) bool {
	for n := 0; n < 3; n++ {
		t := d.tok(j)
		switch {
		case isQuote(t.text), worthLeads[t.lower], t.lower == "longer" && n == 0:
			j++
		case worthWords[t.lower]:
			return true
		default:
			return false
		}
	}
	return false
}
