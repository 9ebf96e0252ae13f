package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSanctionsDesignations(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "firms designated under sanctions", typ: graph.Sanction, title: "designation",
			text:  "The Treasury Department on Tuesday designated four companies based in Turkey that it said had shipped drone parts to Russia.",
			parts: []string{"Turkey"}},
		{name: "designated areas are no sanction", typ: graph.Meeting, title: "talks",
			text:   "The army designated two areas near Goma as safe zones. Rwanda and Congo held talks in Doha on Monday.",
			absent: graph.Sanction},
	})
	checkClaims(t, "The Treasury Department on Tuesday designated four companies based in Turkey that it said had shipped drone parts to Russia.",
		"2026-01-10", []string{"Treasury Department SANCTIONED Turkey asserted"}, []string{"Treasury Department SANCTIONED Russia asserted"})
}
