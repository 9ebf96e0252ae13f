package extract

import "github.com/geokg/geokg/graph"

// A noun a speaker judges names the event told before by its own family of
// words: "called the verdicts a travesty" judges the court that sentenced,
// "called the arrests unfriendly" the people detained, "called the signing
// a bad day" the agreement. The latest event of any kind would often be a
// statement told in between.

var (
	// courtKin are the words that tell of a court's decision.
	courtKin = setOf("sentenced", "convicted", "jailed", "verdict", "verdicts", "ruling", "rulings", "ruled", "trial",
		"sentence", "sentences", "conviction", "convictions")
	// custodyKin are the words that tell of people taken into custody.
	custodyKin = setOf("arrested", "detained", "arrest", "arrests", "detention", "detentions")
)

// namingVerbs judge what they take as "called" does: "branded the visit a
// provocation", "labelled the vote a sham".
var namingVerbs = setOf("branded", "branding", "brands", "labelled", "labeled", "labelling", "labeling", "labels",
	"dubbed", "dubbing", "termed", "terming")

// judgedKin maps a judged noun to the trigger words of the event it names.
var judgedKin = map[string]map[string]bool{
	"verdict": courtKin, "verdicts": courtKin, "ruling": courtKin, "rulings": courtKin, "sentence": courtKin,
	"sentences": courtKin, "conviction": courtKin, "convictions": courtKin, "trial": courtKin,
	"arrest": custodyKin, "arrests": custodyKin, "detention": custodyKin, "detentions": custodyKin,
}

// judgedTypes map a judged noun to the type of the event it names when the
// noun is no trigger of its own.
var judgedTypes = map[string]graph.EventType{"signing": graph.Agreement, "signature": graph.Agreement}

// speechNouns stand for something said or announced: only they may name a
// statement.
var speechNouns = setOf("speech", "remarks", "statement", "announcement", "comments", "words", "post", "video",
	"result", "results", "report", "reports", "account", "claim", "claims", "declaration")

// threatNouns stand for an action threatened before: "called the threat
// insulting" judges the tariff threatened, not the threat's statement.
var threatNouns = setOf("threat", "threats")

// kinReferent returns the event a judged noun at the verb k names by its
// word family or its type, within four sentences, and whether the noun has
// a family at all.
func (d *doc) kinReferent(k int, noun string) (*event, bool) {
	if kin, ok := judgedKin[noun]; ok {
		return d.latestKinEvent(k, 4, kin), true
	}
	if typ, ok := judgedTypes[noun]; ok {
		return d.latestEventOf(k, 4, typ), true
	}
	if threatNouns[noun] {
		return d.threatenedEvent(k), true
	}
	return nil, false
}

// latestKinEvent returns the asserted event of the latest mention before
// token k, within back sentences, whose trigger opens with a word of kin.
func (d *doc) latestKinEvent(k, back int, kin map[string]bool) *event {
	return d.latestMention(k, back, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && kin[d.toks[m.lo].lower]
	})
}

// threatenedEvent returns the event of the latest mention before token k,
// within two sentences, that a verb of threat governs in its clause:
// "threatened to slap a tariff on ..." for "the threat".
func (d *doc) threatenedEvent(k int) *event {
	return d.latestMention(k, 2, func(m *eventMention) bool {
		lo, _ := d.clause(m.lo)
		for j := m.lo - 1; j >= lo && j >= m.lo-8; j-- {
			if threatenVerbs[d.toks[j].lower] {
				return true
			}
		}
		return false
	})
}
