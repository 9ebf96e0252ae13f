package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestVetoedTexts(t *testing.T) {
	runClaimCases(t, "2026-01-10", []claimCase{
		{name: "a vetoed text is its drafters' proposal, rejected by the vetoing state",
			text: "China on Friday vetoed a UN Security Council resolution calling for a truce in Darfur. " +
				"The Norwegian-drafted text received 12 votes in favour, with India abstaining.",
			want: []string{"Norway OFFERED Proposal event asserted", "China REJECTED Proposal event asserted",
				"China PARTICIPATED_IN Other event asserted", "India PARTICIPATED_IN Other event asserted"},
			absent: []string{"Norway OFFERED Other event asserted", "China REJECTED Other event asserted"}},
		{name: "drafters put forward in the next sentence offer the vetoed text",
			text: "Russia vetoed a UN Security Council resolution on Haiti on Monday. The text, tabled by Ecuador and Panama, won 13 votes.",
			want: []string{"Ecuador OFFERED Proposal event asserted", "Panama OFFERED Proposal event asserted",
				"Russia REJECTED Proposal event asserted"}},
		{name: "a veto with no drafter named leaves the vote alone",
			text:   "China vetoed a UN Security Council resolution on Myanmar on Monday. Fourteen members voted in favour.",
			want:   []string{"China REJECTED Other event asserted"},
			absent: []string{"China REJECTED Proposal event asserted"}},
		{name: "a threatened veto vetoes nothing",
			text: "Russia threatened to veto a UN Security Council resolution on Libya, which was adopted on Monday. " +
				"The text, drafted by Britain, won 13 votes.",
			want:   []string{"United Kingdom OFFERED Other event possible"},
			absent: []string{"United Kingdom OFFERED Proposal event asserted", "United Kingdom OFFERED Proposal event possible"}},
	})
}

func TestDraftResolutionsPutForward(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a draft a state may circulate is its possible proposal",
			text: "Diplomats said Chile may circulate a draft resolution at the Security Council next month.",
			typ:  graph.Proposal, title: "resolution", parts: []string{"Chile"}},
		{name: "a draft tabled by a state is its proposal",
			text: "Norway tabled a draft resolution at the Human Rights Council on Tuesday.",
			typ:  graph.Proposal, parts: []string{"Norway"}},
		{name: "a draft submitted by a state in the passive is its proposal",
			text: "A draft resolution submitted by Malta calls for an immediate truce.",
			typ:  graph.Proposal, parts: []string{"Malta"}},
		{name: "a draft voted on stays the vote",
			text: "The Security Council adopted a draft resolution submitted by Japan on Monday.",
			typ:  graph.OtherEvent, parts: []string{"UN Security Council"}, absent: graph.Proposal},
	})
}
