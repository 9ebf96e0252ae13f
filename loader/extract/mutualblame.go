package extract

import "github.com/geokg/geokg/graph"

// mutualObject reports whether the stance verb at k takes "each other" or
// "one another": "Ankara and Tehran blamed each other for the collapse" has
// each side blame the other, and no third party is named.
func (d *doc) mutualObject(k int) bool {
	a, b := d.tok(k+1).lower, d.tok(k+2).lower
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// mutualClaims states a stance from every subject to every other one.
func (d *doc) mutualClaims(si int, typ graph.RelationType, mod graph.Modality, srcs []*entity) {
	for _, s := range srcs {
		for _, o := range srcs {
			if s != nil && o != nil && s != o {
				d.addClaim(claim{src: ent(s), dst: ent(o), typ: typ, mod: mod, sent: si, conf: 0.5})
			}
		}
	}
}
