package extract

// reportNouns stand for what was said or written about a happening:
// "rejected reports that ...", "denied suggestions that ...".
var reportNouns = setOf("report", "reports", "suggestion", "suggestions", "speculation", "claims", "claim",
	"allegations", "allegation", "rumours", "rumors", "assertions", "assertion", "accounts")

// reportClauseAfter reports whether the verb at k takes a report noun
// followed by a "that" clause: what is rejected is the clause's happening,
// not an event its words merely name ("rejected reports that the deal meant
// the order was cancelled" does not reject the deal).
func (d *doc) reportClauseAfter(k int) bool {
	j := k + 1
	if w := d.tok(j).lower; w == "the" || w == "media" || w == "press" || w == "any" {
		j++
	}
	if w := d.tok(j).lower; w == "media" || w == "press" || w == "news" {
		j++ // "the media reports that"
	}
	return reportNouns[d.tok(j).lower] && d.tok(j+1).lower == "that"
}
