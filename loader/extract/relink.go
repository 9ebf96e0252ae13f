package extract

import "github.com/geokg/geokg/graph"

// relinkBodies gives a run nothing typed the body of the same name met
// elsewhere in the article: "the opposition Chadema party" types the
// name, so "Chadema spokesman Ana Ruiz" at a sentence's start is the
// party's spokesman, not a word of unknown kind.
func (d *doc) relinkBodies() {
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName || sp.typ != "" || sp.ent != nil || d.sents[sp.sent].heading {
			continue
		}
		if e, ok := d.entByKey[graph.EntityID(graph.Organization, sp.name)]; ok && !e.media {
			d.attach(sp, i, e, sp.name, true)
		}
	}
}
