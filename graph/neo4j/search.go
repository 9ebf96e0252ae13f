package neo4j

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Names are matched by graph.SearchKey, the folding every backend shares.
// searchFields are the properties of an entity node the full-text index
// and the ranking read: its folded name, its folded aliases (for the exact
// alias tier), and both as one text for the index.
func searchFields(e graph.Entity) (name string, aliases []string, text string) {
	name = graph.SearchKey(e.Name)
	aliases = make([]string, 0, len(e.Aliases))
	words := []string{name}
	for _, a := range e.Aliases {
		k := graph.SearchKey(a)
		aliases = append(aliases, k)
		words = append(words, k)
	}
	return name, aliases, strings.Join(words, " ")
}

// luceneQuery turns a folded query into the full-text index's query
// syntax: every word required, the last one as a prefix ("vladimir put"
// finds "Vladimir Putin"). Folded words hold only lower-case letters and
// digits, so nothing in them is Lucene syntax and no escaping is needed;
// the operators AND, OR and NOT are upper case and so cannot occur either.
func luceneQuery(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		words[i] = "+" + w
	}
	if len(words) > 0 {
		words[len(words)-1] += "*"
	}
	return strings.Join(words, " ")
}
