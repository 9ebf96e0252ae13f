package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAgreedDeclarations(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "adopted declaration is agreed by its adopters", typ: graph.Agreement, title: "declaration",
			text:  "Leaders of the African Union adopted a declaration on food security on Sunday at a summit in Accra.",
			parts: []string{"African Union"}},
		{name: "declaration closing a summit is its parties'", typ: graph.Agreement, title: "declaration",
			text:  "ASEAN leaders wrapped up a three-day summit in the Malaysian capital, Kuala Lumpur, on Friday with a joint declaration that backs open sea lanes.",
			parts: []string{"ASEAN"}, absent: graph.Statement},
		{name: "peace declaration between two states", typ: graph.Agreement, title: "declaration",
			text:  "Ethiopia and Kenya signed a peace declaration in Nairobi on Monday.",
			parts: []string{"Ethiopia", "Kenya"}},
	})
	checkClaims(t, "ASEAN leaders ended their summit with a joint declaration on maritime security.", "2026-01-10",
		[]string{"ASEAN AGREED Agreement event asserted"}, nil)
	checkClaims(t, "Leaders of the African Union adopted a declaration on food security on Sunday.", "2026-01-10",
		[]string{"African Union AGREED Agreement event asserted"}, nil)

	notAgreed := []struct{ name, text string }{
		{"a declaration of emergency", "The government adopted a declaration of a state of emergency in the north on Tuesday."},
		{"one leader's declaration", "The opposition leader called the president's declaration illegal."},
		{"a declaration told after the event", "In a declaration, the ministry of Peru said the talks with Chile had failed."},
	}
	for _, tt := range notAgreed {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == graph.Agreement {
					t.Errorf("got Agreement event %q, want none", r.Event.Name)
				}
			}
		})
	}
}
