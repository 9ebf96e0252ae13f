package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVotesApart keeps a referendum, a confidence vote, an election and a
// vote only called for as separate events, and still joins retellings.
func TestVotesApart(t *testing.T) {
	runCountCases(t, "2025-04-18", graph.Election, []countCase{
		{"a referendum vowed after an election won",
			"Ines Varela won Uruguay's presidential election on Sunday with 52% of the vote. In her acceptance speech she pledged a referendum on a new charter.",
			2},
		{"the presidential election after a no-confidence vote",
			"Chile's cabinet fell after lawmakers ousted Prime Minister Karl Benn in a no-confidence vote in Chile on Monday, a year before the presidential election.",
			2},
		{"early elections called for beside the election due",
			"Analysts expect Tomas Varga to win Chile's next presidential election. Opposition leader Ana Costa called for early elections in Chile on Tuesday.",
			2},
		{"early elections demanded and then floated are one",
			"Protesters in Chile demanded early elections on Sunday. President Tomas Varga said on Monday he could call early elections next spring if the road blockades were lifted.",
			1},
		{"the election retold stays one",
			"Chile held a presidential election on Sunday. Observers said the vote was calm, and the election commission will publish results on Tuesday.",
			1},
	})
}

// TestCalledVoteParties makes who calls for a vote its demander, not a
// candidate, and keeps the vote though it names no party or place.
func TestCalledVoteParties(t *testing.T) {
	checkClaims(t, "Opposition leader Ana Costa called for snap elections on Tuesday.", "2025-04-18",
		[]string{"Ana Costa DEMANDED Election event asserted"},
		[]string{"Ana Costa PARTICIPATED_IN Election event possible"})
}
