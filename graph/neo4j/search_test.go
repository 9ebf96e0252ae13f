package neo4j

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestLuceneQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Elin Marr", "+elin +marr*"},
		{"Björn", "+bjorn*"},
		{`"Marr" OR NEAR(*`, "+marr +or +near*"},
		{"St. Elin-Marr!", "+st +elin +marr*"},
		{"?!", ""},
	} {
		if got := luceneQuery(graph.SearchKey(tc.in)); got != tc.want {
			t.Errorf("luceneQuery(%q): got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSearchFields(t *testing.T) {
	name, aliases, text := searchFields(graph.Entity{Name: "José Aldán", Aliases: []string{"Aldán", "J. Aldan"}})
	if name != "jose aldan" || len(aliases) != 2 || aliases[0] != "aldan" || aliases[1] != "j aldan" || text != "jose aldan aldan j aldan" {
		t.Errorf("got %q, %q, %q", name, aliases, text)
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"GEOKG_STORE": "neo4j+s://db.example:7687", "NEO4J_URI": "bolt://other:7687",
		"NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": "news"}
	c := configFrom(func(k string) string { return env[k] }).withDefaults()
	if c.URI != "neo4j+s://db.example:7687" || c.User != DefaultUser || c.Password != "pw" || c.Database != "news" || c.BatchSize != DefaultBatchSize {
		t.Errorf("got %+v", c)
	}
	env["GEOKG_STORE"] = "./geokg.db"
	if c := configFrom(func(k string) string { return env[k] }); c.URI != "bolt://other:7687" {
		t.Errorf("GEOKG_STORE naming a file: got URI %q, want NEO4J_URI", c.URI)
	}
	for uri, want := range map[string]bool{"bolt://h:7687": true, "NEO4J+S://h": true, "geokg.db": false, "http://h": false, "sqlite:x.db": false} {
		if IsURI(uri) != want {
			t.Errorf("IsURI(%q): got %v", uri, !want)
		}
	}
}
