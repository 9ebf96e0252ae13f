package extract

import "github.com/geokg/geokg/graph"

// protestCrowd name the people of a protest.
var protestCrowd = setOf("protesters", "protestors", "demonstrators", "marchers", "rioters", "crowds", "protest", "protests", "demonstrations", "rallies")

// discreditWords cast a protest as illegitimate: "the protesters were
// being manipulated from abroad", "paid by foreign agents".
var discreditWords = setOf("manipulated", "paid", "funded", "financed", "orchestrated", "instigated", "incited",
	"hooligans", "thugs", "vandals", "puppets", "agents", "mercenaries", "terrorists", "sponsored", "staged")

// discreditRelations: a speaker who says the protesters were manipulated
// or paid criticises the protest.
func (d *doc) discreditRelations(si int) {
	spk := d.speakerOf(si)
	if spk == nil {
		return
	}
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if !protestCrowd[d.toks[k].lower] {
			continue
		}
		found := false
		for j := k + 1; j < s.hi && j <= k+5; j++ {
			if discreditWords[d.toks[j].lower] {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		if ev := d.latestProtest(k); ev != nil {
			d.addClaim(claim{src: ent(spk), dst: evt(ev), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
		}
		return
	}
}

// latestProtest returns the protest mentioned at or last before token k.
func (d *doc) latestProtest(k int) *event {
	if m := d.evAt[k]; m != nil && m.ev != nil && m.typ == graph.Protest {
		return m.ev
	}
	for i := d.evStart[int(d.sentOf[k])+1] - 1; i >= 0; i-- {
		if m := d.evs[i]; m.lo <= k && m.ev != nil && m.typ == graph.Protest {
			return m.ev
		}
	}
	return nil
}
