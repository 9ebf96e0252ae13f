package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// speaksPastTitle reports whether a person's title stands between the
// name and the speech verb: "Serhiy Tyurin, head of the regional military
// administration, said a missile hit ...". The person reports what the
// clause after the verb tells and takes no part in it.
func (d *doc) speaksPastTitle(sp *span) bool {
	if sp.ent == nil || sp.ent.typ != graph.Person || d.tok(sp.hi).text != "," {
		return false
	}
	j := sp.hi + 1
	for articleWords[d.tok(j).lower] {
		j++
	}
	r, ok := d.spanEntity(j)
	if !ok || r.kind != spanRole || r.lo != j {
		return false
	}
	for k := r.hi; k < r.hi+12 && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.text == "," {
			v := d.tok(k + 1)
			return speechVerbs[v.lower] && !strings.HasSuffix(v.lower, "ing")
		}
		if t.text == "." || t.kind != tokWord && t.text != "-" && t.text != "'s" || d.trigAt != nil && d.trigAt[k] {
			return false
		}
	}
	return false
}
