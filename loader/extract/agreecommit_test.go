package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSignedDocumentApartFromCommitment(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want      int      // Agreement events
		docsParts []string // parties of the signed document, when one stands apart
	}{
		{"a commitment and contracts signed in one sentence",
			"President Ana Ruiz of Chile and President Luis Arce of Bolivia agreed on Monday to expand trade and signed two contracts on lithium mining.",
			2, []string{"Ana Ruiz", "Luis Arce"}},
		{"they signed a memorandum after the commitment",
			"President Ana Ruiz of Chile and President Luis Arce of Bolivia agreed on Monday to expand trade. They signed a memorandum of understanding on lithium mining.",
			2, []string{"Ana Ruiz", "Luis Arce"}},
		{"the deal signed is the one agreed",
			"Chile and Bolivia agreed on Monday to expand trade. The deal was signed in La Paz.",
			1, nil},
		{"agreeing on a text is no commitment to act",
			"Chile and Bolivia agreed on a trade framework and signed an accord on Monday.",
			1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			got := typedEvents(g, graph.Agreement)
			if len(got) != tt.want {
				var ns []string
				for _, e := range got {
					ns = append(ns, e.Name)
				}
				t.Fatalf("got Agreements %q, want %d", ns, tt.want)
			}
			if tt.docsParts != nil {
				checkEventArgs(t, got[len(got)-1], names, tt.docsParts, "")
			}
		})
	}
}
