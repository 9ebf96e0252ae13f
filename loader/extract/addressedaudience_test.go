package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAddressedAudience(t *testing.T) {
	runCountCases(t, "2026-03-12", graph.Statement, []countCase{
		{"an address to parliament",
			"Prime Minister Lena Varga told parliament the budget would be balanced by next year.",
			1},
		{"a named chamber in a city",
			"\"The time for waiting is over,\" President Tomas Berg told the National Assembly in Dodoma.",
			1},
		{"a region's chamber read as the region and the chamber",
			"\"The time for waiting is over,\" President Tomas Berg told the Zanzibar House of Representatives in Stone Town.",
			1},
		{"state media on a named day",
			"Government spokesman Tomas Berg told state media on Tuesday that the border would stay shut.",
			1},
		{"speaking on state television on a named night",
			"President Tomas Berg, speaking on state television late on Friday, urged calm after the count.",
			1},
		{"state media without a day only source a quote",
			"\"The court has no say here,\" spokesman Tomas Berg told state media.",
			0},
		{"one tells a chamber but speaks only on a broadcast",
			"President Tomas Berg, speaking to parliament, urged calm after the count.",
			0},
		{"lawmakers are no chamber",
			"\"The cuts are unavoidable,\" Prime Minister Lena Varga told lawmakers.",
			0},
	})
}
