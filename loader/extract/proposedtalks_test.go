package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestProposedTalks(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "talks a leader proposed are a proposal of theirs",
			text: "Bolivian President Rodrigo Paz proposed reopening border negotiations with Chile on Monday.",
			typ:  graph.Proposal, title: "negotiations", parts: []string{"Rodrigo Paz"}, absent: graph.Meeting},
		{name: "a proposal for talks is owned by the one whose proposal it is",
			text: "Venezuela's Delcy Rodriguez dismissed Gustavo Petro's proposal for direct talks on Tuesday.",
			typ:  graph.Proposal, title: "talks", parts: []string{"Gustavo Petro"}, absent: graph.Meeting},
		{name: "an offer of talks with another state",
			text: "Prime Minister Shehbaz Sharif said Islamabad's offer of talks with Kabul still stands.",
			typ:  graph.Proposal, title: "talks", parts: []string{"Pakistan", "Afghanistan"}, absent: graph.Meeting},
		{name: "a plan a state would propose is its proposal",
			text: "Foreign Minister Marco Ruiz said Peru would propose a regional water fund to its neighbours.",
			typ:  graph.Proposal, title: "Peru", parts: []string{"Peru"}},
		{name: "offering to host talks stays a meeting",
			text: "Norway's foreign minister, Espen Barth Eide, offered to host talks between the two sides.",
			typ:  graph.Meeting, title: "talks", parts: []string{"Espen Barth Eide"}, absent: graph.Proposal},
		{name: "talks held after a proposal stay a meeting",
			text: "Rodrigo Paz met Gabriel Boric in Santiago on Monday for talks on the border.",
			typ:  graph.Meeting, title: "Boric", absent: graph.Proposal},
	})
}

func TestProposedTalksOffer(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"an unconditional proposal is offered outright",
			"Kazakh President Kassym-Jomart Tokayev proposed holding talks with Kyrgyzstan on water sharing.",
			[]string{"Kassym-Jomart Tokayev OFFERED Proposal event asserted"}, nil},
		{"a proposal on a condition is offered on it, not also outright",
			"Kazakh President Kassym-Jomart Tokayev proposed holding talks with Kyrgyzstan, but only if Bishkek first halted the dam works.",
			[]string{"Kassym-Jomart Tokayev OFFERED Proposal event conditional"},
			[]string{"Kassym-Jomart Tokayev OFFERED Proposal event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

func TestHostPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "talks a minister offers to host are placed in the minister's state",
			text: "Norway's foreign minister, Espen Barth Eide, offered to host talks between the two sides.",
			typ:  graph.Meeting, title: "talks", parts: []string{"Espen Barth Eide"}, loc: "Norway"},
		{name: "talks a titled leader offers to host",
			text: "Kenyan President William Ruto offered to host talks to end the standoff.",
			typ:  graph.Meeting, title: "talks", loc: "Kenya"},
		{name: "a place named for the talks stays theirs",
			text: "Qatar offered to host one more round of talks in Doha.",
			typ:  graph.Meeting, title: "talks", loc: "Doha"},
	})
}

func TestVenueSummit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a headline summit and the body's talks there are one meeting",
			"Ruiz and Vidal agree to reopen border at Arica summit\n\nLIMA, May 6 -- Peruvian President Marco Ruiz and Chilean President Rosa Vidal held three hours of talks in Arica on Tuesday.",
			[]string{"Marco Ruiz, Rosa Vidal | Arica"}},
		{"talks named after their venue are held there",
			"The Geneva talks between Peru and Chile ended on Friday without a deal.",
			[]string{"Chile, Peru | Geneva"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := meetingEvents(t, tt.text)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got meetings %q, want %q", got, tt.want)
			}
		})
	}
}
