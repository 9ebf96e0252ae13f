package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestFirstRound makes a first round told beside a runoff its own vote,
// and leaves rounds of talks and phases of truces alone.
func TestFirstRound(t *testing.T) {
	runCountCases(t, "2025-05-19", graph.Election, []countCase{
		{"a first round beside the runoff",
			"Lucia Ferrer won Uruguay's presidential runoff on Sunday with 53% of the vote. The first round on 3 May, which Ferrer also led, drew seven candidates.",
			2},
		{"a first round that is the day's vote before a runoff to come",
			"Chile's presidential election is headed for a runoff on 7 June between Marta Silva and Pablo Rojas. Silva had 24% of the vote in Sunday's first round.",
			2},
		{"a first round of talks",
			"Chile and Peru held a first round of talks on their maritime border in Lima on Monday.",
			0},
		{"the first phase of a truce in an article without a vote",
			"The rebels said they had kept their side of the first phase of the truce.",
			0},
	})
}

// TestRoundAside keeps "the vote" after a first round told in passing on
// the vote the article reports.
func TestRoundAside(t *testing.T) {
	checkClaims(t, "Voters in Uruguay went to the polls on Saturday for the second phase of a parliamentary election. "+
		"The ruling Unity Party, which won most seats in the first phase on 2 May, was expected to win again. "+
		"The opposition Green Front called the vote a sham.", "2025-05-19",
		[]string{"Green Front CRITICIZED Election event asserted"}, nil)
}
