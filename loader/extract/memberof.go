package extract

import "github.com/geokg/geokg/graph"

// memberOfRelations reads "Ana Ruiz of the Liberal Party", "Ruiz, 62, of
// the governing Unity party", "Omar Haddad of Hamas": news names the body a
// person belongs to so.
func (d *doc) memberOfRelations() {
	for i := range d.spans {
		p := &d.spans[i]
		if p.ent == nil || p.ent.typ != graph.Person || p.kind == spanRole {
			continue
		}
		j := p.hi
		if d.tok(j).text == "," && d.tok(j+1).kind == tokNumber && d.tok(j+2).text == "," {
			j += 3 // "Ruiz, 62, of ..."
		}
		if d.tok(j).lower != "of" {
			continue
		}
		j++
		j = d.pastThe(j)
		for n := 0; n < 2 && j < len(d.toks) && d.spanAt[j] == 0 && d.tok(j).kind == tokWord && !d.tok(j).cap; n++ {
			j++ // "the governing", "the ruling"
		}
		o, ok := d.spanEntity(j)
		if !ok || o.lo != j || o.ent == nil || o.ent.typ != graph.Organization || o.ent.media || o.lower || o.sent != p.sent {
			continue
		}
		d.addClaim(claim{src: ent(p.ent), dst: ent(o.ent), typ: graph.AffiliatedWith, mod: graph.Asserted, sent: p.sent, conf: 0.6})
	}
}
