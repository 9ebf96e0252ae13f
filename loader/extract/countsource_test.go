package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDatedCountSource(t *testing.T) {
	runCountCases(t, "2026-03-10", graph.Statement, []countCase{
		{"a dated body after the figures releases them",
			"The Green Union took 41.2% of the vote in Sunday's poll, the National Electoral Board said on Monday, ahead of the Liberals on 30%.",
			1},
		{"an acronym in brackets after the body",
			"The Farmers' Party won 57 of the 120 seats, the Central Election Commission (CEC) said late on Monday.",
			1},
		{"an undated body only sources the figures",
			"The Green Union took 41.2% of the vote in Sunday's poll, the National Electoral Board said.",
			0},
		{"a dated body that gives no count",
			"Polling stations will open at seven in the morning, the National Electoral Board said on Monday.",
			0},
		{"a long aside in brackets is no acronym",
			"The Green Union took 41.2% of the vote, the National Electoral Board (in a note read out on public radio late that night) said on Monday.",
			0},
		{"a body with a possessive state heads the count",
			"Latvia's Central Election Commission said the Green Union took 21.5 per cent of the vote.",
			1},
	})
}
