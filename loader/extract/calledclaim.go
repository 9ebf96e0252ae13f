package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// calledEventClaim states that whoever names the event ev at the verb k
// ("called the move 'economic aggression'", "called the tariffs "economic
// terror"") judges it with rel: the subject, or for a trailing
// participle the sentence's speaker.
func (d *doc) calledEventClaim(k, si int, ev *event, rel graph.RelationType) {
	w := d.toks[k].lower
	src := d.subjectBefore(k, si)
	if d.tok(k-1).text == "," && strings.HasSuffix(w, "ing") {
		if spk := d.speakerOf(si); spk != nil && spk.typ == graph.Person {
			src = spk // "X said Moscow would not ..., calling the move ...": the speaker calls it
		} else if src == nil {
			src = d.participleSubject(k, si) // "..., calling the warrant "politically motivated""
		}
	}
	if src == nil {
		return
	}
	mod := d.modalityAt(k)
	if mod == graph.Denied && (d.tok(k-1).text == "," || !d.negatedRule(k)) {
		mod = graph.Asserted // "would not accept the ruling and called it ...": the negation is the other verb's
	}
	d.addClaim(claim{src: ent(src), dst: evt(ev), typ: rel, mod: mod, sent: si, conf: 0.5})
}
