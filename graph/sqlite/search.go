package sqlite

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Names are indexed and matched by graph.SearchKey, the rule every backend
// shares.
var searchKey = graph.SearchKey

// searchDoc is what the FTS index holds for an entity: its folded name and
// aliases.
func searchDoc(e graph.Entity) string {
	keys := []string{searchKey(e.Name)}
	for _, a := range e.Aliases {
		keys = append(keys, searchKey(a))
	}
	return strings.Join(keys, " ")
}

// aliasKeys is the folded aliases between bars, so that an exact alias match
// is one instr() in SQL.
func aliasKeys(aliases []string) string {
	var b strings.Builder
	b.WriteByte('|')
	for _, a := range aliases {
		b.WriteString(searchKey(a))
		b.WriteByte('|')
	}
	return b.String()
}

// matchExpr turns a folded query into an FTS5 expression: every word must
// match, the last one as a prefix ("vladimir put" finds "Vladimir Putin").
// Each word is a quoted FTS5 string, so nothing in the query is read as
// FTS5 syntax; words hold only letters and digits, so no quote can occur.
func matchExpr(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	if len(words) > 0 {
		words[len(words)-1] += "*"
	}
	return strings.Join(words, " ")
}
