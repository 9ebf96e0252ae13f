package extract

import "github.com/geokg/geokg/graph"

// A spokesperson or minister titled by a ministry rather than a state
// ("Russian foreign ministry spokeswoman X", "Iran's foreign ministry
// spokesman Y") speaks for the state of that ministry: "said Russia would
// respond" is her own side's vow, not a threat to Russia.

// executiveHeads end the name of a body that speaks for its whole state.
// They are fewer than organHeads: a parliament or congress may well oppose
// its own government.
var executiveHeads = setOf("ministry", "ministries", "government", "cabinet", "administration", "presidency", "office")

// organState returns the state a person serves through the executive body
// a title ties them to, or nil.
func (d *doc) organState(p *entity) *entity {
	for _, c := range d.claims {
		if c.typ != graph.AffiliatedWith || c.src.ent != p || c.dst.ent == nil || c.dst.ent.typ != graph.Organization {
			continue
		}
		if !executiveHeads[lastWord(c.dst.ent.name)] {
			continue
		}
		if s := d.speakingState(c.dst.ent); s != nil {
			return s
		}
	}
	return nil
}
