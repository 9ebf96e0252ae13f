package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// deedRelations: a speaker who says a deed "violates" or "undermines"
// something criticises the deed and the actor whose deed it is:
// "the ministry said Ottawa's sudden imposition of duties plainly violates
// trade rules" criticises the duties and Ottawa.
func (d *doc) deedRelations(si int) {
	spk := d.speakerOf(si)
	if spk == nil {
		return
	}
	for _, m := range d.sentMentions(si) {
		if m.ev == nil || m.verb || !d.blamedAfter(m.hi) {
			continue
		}
		d.addClaim(claim{src: ent(spk), dst: evt(m.ev), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
		if o := d.deedOwner(m); o != nil && o != spk {
			d.addClaim(claim{src: ent(spk), dst: ent(o), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
		}
	}
}

// blamedAfter reports whether a blaming verb follows the noun phrase
// ending at k, over a short complement and adverbs: "imposition of
// tariffs seriously violates", "tariffs on steel clearly breach".
func (d *doc) blamedAfter(k int) bool {
	j := k
	switch d.tok(j).lower {
	case "of", "on", "against", "by":
		for n := 0; n < 4 && j < len(d.toks) && !d.isBreak(j) && !blameVerbs[d.tok(j).lower]; n++ {
			j++
		}
	}
	for n := 0; n < 3; n++ {
		w := d.tok(j).lower
		if !(auxWords[w] || w == "is" || w == "was" || w == "are" || w == "were" || w == "been" ||
			strings.HasSuffix(w, "ly") && d.tok(j).kind == tokWord) {
			break
		}
		j++
	}
	w := d.tok(j).lower
	return blameVerbs[w] && w != "acted" && !strings.HasSuffix(w, "ly")
}

// deedOwner returns the actor whose deed a mention names by a possessive
// before it: "Ottawa's sudden imposition of duties".
func (d *doc) deedOwner(m *eventMention) *entity {
	s := d.sents[m.sent]
	for j := m.lo - 1; j >= s.lo && j >= m.lo-5; j-- {
		if d.toks[j].lower != "'s" {
			continue
		}
		if sp, e := d.actorAt(max(j-1, 0)); e != nil && sp.hi == j {
			return e
		}
		return nil
	}
	return nil
}

// participleSubject returns the subject a participle after a comma at k
// shares with its sentence: the first acting name that owns nothing
// ("Iran's Foreign Minister Abbas Araghchi denied ..., calling ...").
func (d *doc) participleSubject(k, si int) *entity {
	if !strings.HasSuffix(d.toks[k].lower, "ing") {
		return nil
	}
	return d.firstActor(si, k)
}

// protestNouns are lodged with the state protested against.
var protestNouns = setOf("protest", "protests", "complaint", "complaints", "démarche", "demarche")

// lodgeVerbs lodge a protest: "Japan lodged a strong protest with China".
var lodgeVerbs = setOf("lodged", "lodges", "lodge", "lodging", "filed", "files", "registered", "conveyed", "delivered")

// voiceVerbs state a criticism made; avoidVerbs one withheld ("avoided
// direct criticism of the United States").
var (
	voiceVerbs = setOf("voiced", "voices", "expressed", "expresses", "levelled", "leveled", "renewed", "repeated", "stepped")
	avoidVerbs = setOf("avoided", "avoids", "avoiding", "refrained", "refrains", "declined", "spared", "withheld")
)

// protestAt reads a protest lodged with a state and a criticism voiced of
// one at k: the subject criticises the actor after "with" or "of".
func (d *doc) protestAt(k, si int) {
	w := d.toks[k].lower
	var link string
	switch {
	case lodgeVerbs[w]:
		link = "with"
	case w == "criticism" || w == "criticisms":
		link = "of"
	default:
		return
	}
	mod := graph.Asserted
	j := k + 1
	if link == "with" {
		for j < k+5 && j < len(d.toks) && !protestNouns[d.toks[j].lower] {
			j++
		}
		if !protestNouns[d.tok(j).lower] {
			return
		}
		j++
		if d.tok(j).lower == "to" {
			link = "to" // "conveyed a protest to Beijing"
		}
	} else {
		v := k - 1
		for v > k-4 && v > 0 && d.toks[v].kind == tokWord && !voiceVerbs[d.toks[v].lower] && !avoidVerbs[d.toks[v].lower] && d.spanAt[v] == 0 {
			v--
		}
		switch {
		case avoidVerbs[d.tok(v).lower]:
			mod = graph.Denied
		case !voiceVerbs[d.tok(v).lower]:
			return // "drew criticism of": received, not made
		}
	}
	if d.tok(j).lower != link {
		return
	}
	d.subjectToActorAt(k, j+1, si, graph.Criticized, mod)
}
