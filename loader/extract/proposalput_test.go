package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPutForwardProposals(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "who presents a plan is its party",
			text: "Egyptian Prime Minister Mostafa Madbouly presented a ten-year plan on Monday.",
			typ:  graph.Proposal, parts: []string{"Mostafa Madbouly"}},
		{name: "a plan unveiled after a date phrase keeps its author",
			text: "Chilean President Gabriel Boric on Monday unveiled a reconstruction plan.",
			typ:  graph.Proposal, parts: []string{"Gabriel Boric"}},
		{name: "a state joined to an authoring participle owns the plan",
			text: "Envoys discussed a French-drafted 12-point peace plan for Sudan.",
			typ:  graph.Proposal, parts: []string{"France"}},
		{name: "the agent of a plan put forward is its author",
			text: "Ethiopia dismissed a plan put forward by Kenya.",
			typ:  graph.Proposal, parts: []string{"Ethiopia", "Kenya"}},
	})
}

func TestPutForwardProposalClaims(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{name: "the author offers the plan",
			text:   "Ethiopia dismissed a plan put forward by Kenya.",
			want:   []string{"Kenya OFFERED Proposal event asserted", "Ethiopia REJECTED Proposal event asserted"},
			absent: []string{"Ethiopia OFFERED Proposal event asserted"}},
		{name: "who rejects a plan is not its author",
			text:   "Talks stalled after a plan rejected by Kenya was shelved.",
			absent: []string{"Kenya OFFERED Proposal event asserted"}},
		{name: "a plan presented to someone is not theirs",
			text:   "The plan was presented to Kenya on Monday.",
			absent: []string{"Kenya OFFERED Proposal event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
