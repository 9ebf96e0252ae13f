package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// facesLeader reports whether the counterpart title r faces a head of
// state or government named before it in the sentence: "Thai Prime
// Minister Ana Ruiz and her Cambodian counterpart" holds the same office
// in Cambodia, while a foreign minister's counterpart is a minister.
func (d *doc) facesLeader(r *span) bool {
	for j := r.lo - 1; j >= d.sents[r.sent].lo; j-- {
		sp, ok := d.spanEntity(j)
		if !ok {
			continue
		}
		j = sp.lo
		if sp.ent == nil || sp.ent.typ != graph.Person {
			continue
		}
		t, ok := d.spanEntity(sp.lo - 1)
		if !ok || t.kind != spanRole || t.role != roleLead {
			return false
		}
		title := strings.ToLower(d.spanText(t.lo, t.hi))
		return !strings.Contains(title, "deputy") && !strings.Contains(title, "vice") && !strings.Contains(title, "former")
	}
	return false
}
