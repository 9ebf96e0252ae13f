package extract

import (
	"context"
	"testing"

	"github.com/geokg/geokg/graph"
)

// analyse runs every pass over text published on pub.
func analyse(t *testing.T, text, pub string) *doc {
	t.Helper()
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(l, graph.Article{ID: "article:test", Text: text, Published: pub})
	d.run(context.Background())
	return d
}

// entityNamed returns the entity of the article with this type and name.
func (d *doc) entityNamed(typ graph.EntityType, name string) *entity {
	for _, e := range d.ents {
		if e.typ == typ && e.name == name && e.confirmed && len(e.spans) > 0 {
			return e
		}
	}
	return nil
}
