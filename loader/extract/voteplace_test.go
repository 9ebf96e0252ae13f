package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestNationalVotePlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a city near a general election gives way to its state",
			text: "Students rallied in Lima on Monday, demanding that general elections in April go ahead in Peru's provinces.",
			typ:  graph.Election, title: "election", loc: "Peru"},
		{name: "the people who vote name the state",
			text: "The row has become a campaign issue ahead of the June 7 presidential election, in which Chileans will choose a new leader.",
			typ:  graph.Election, title: "election", loc: "Chile"},
		{name: "a municipal vote keeps its city",
			text: "The opposition in Turkey won the municipal elections in Ankara on Sunday.",
			typ:  graph.Election, title: "election", loc: "Ankara"},
		{name: "the one state owning a candidate holds the presidential vote",
			text: "Zambia's opposition leader Hakainde Mulenga won Thursday's presidential election with 58% of the vote, the electoral commission said.",
			typ:  graph.Election, title: "election", loc: "Zambia"},
		{name: "a demonym leader holds the country's parliamentary vote",
			text: "Estonian Prime Minister Kadri Lepp conceded defeat after the country's parliamentary election on Sunday.",
			typ:  graph.Election, title: "election", loc: "Estonia"},
		{name: "a vote named only in passing is held in the state the lede names",
			text: "Ecuador's opposition says dozens of people were detained at rallies that followed the general election. " +
				"Police fired tear gas at crowds in several towns.",
			typ: graph.Election, title: "election", loc: "Ecuador"},
		{name: "a dateline city names the state",
			text: "QUITO (Reuters) - Peru closed two border crossings on Monday as police detained dozens of protesters. " +
				"The arrests followed the general election, which the opposition called rigged. " +
				"Ecuador's foreign minister defended the police.",
			typ: graph.Election, title: "election", loc: "Ecuador"},
	})
}

func TestNationalVoteNeedsOneOwningState(t *testing.T) {
	tests := []struct {
		name, text string
		absent     []string
	}{
		{"an accused state does not hold the vote",
			"Paraguay's president Elena Ruiz won the runoff. She accused Brazil of meddling in the election.",
			[]string{"Election event OCCURRED_IN Brazil asserted"}},
		{"two states leave the vote unplaced",
			"Chile's foreign minister and Peru's president welcomed the result of Sunday's presidential election, won by Ana Quispe.",
			[]string{"Election event OCCURRED_IN Chile asserted", "Election event OCCURRED_IN Peru asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", nil, tt.absent)
		})
	}
}

func TestVoteArticleStatePastYear(t *testing.T) {
	// "the 2019 election" is a past vote told in passing: the lede's state
	// is not its place.
	d := analyse(t, "Ecuador's opposition held rallies on Monday. Its leader said he had been cheated in the 2019 election.", "2026-03-10")
	for _, m := range d.evs {
		if m.typ == graph.Election && m.loc != nil {
			t.Errorf("got place %s for %q, want none", m.loc.name, m.noun)
		}
	}
}
