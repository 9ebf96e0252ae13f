package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPledgeOffers(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a readiness to help fund a force is an offer between helper and helped",
			text: "The minister said Norway was ready to help fund the Somali coast guard.",
			typ:  graph.Proposal, parts: []string{"Norway", "Somali coast guard"}},
		{name: "a readiness to back a loan names who receives it",
			text: "Officials said Canada was ready to back a $2 billion loan for Jordan through the World Bank.",
			typ:  graph.Proposal, parts: []string{"Canada", "Jordan", "World Bank"}},
		{name: "a promise to provide aid needs no one helped when the aid is named",
			text: "The ambassador said Tokyo would provide emergency assistance worth 3 million dollars.",
			typ:  graph.Proposal, parts: []string{"Japan"}},
	})
}

func TestPledgeOfferClaims(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{name: "the helper offers the pledge; the speaker does not",
			text: "Envoy Mark Lyall said Washington is ready to help fund the Iraqi coast guard.",
			want: []string{"United States OFFERED Proposal event asserted"}, absent: []string{"Mark Lyall OFFERED Proposal event asserted"}},
		{name: "two helpers make two offers",
			text: "Spain said it was ready to help fund the Haitian police. Qatar would provide humanitarian aid worth $5 million, its ministry said.",
			want: []string{"Spain OFFERED Proposal event asserted", "Qatar OFFERED Proposal event asserted"}},
		{name: "help toward an end is no help given",
			text:   "Diplomats hoped warmer Greek-Turkish ties would help revive the stalled negotiations.",
			absent: []string{"Turkey OFFERED Proposal event asserted", "Greece OFFERED Proposal event asserted"}},
		{name: "support for a text is a stance, not a pledge",
			text:   "Brazil would support the resolution, its envoy said on Monday.",
			absent: []string{"Brazil OFFERED Proposal event asserted"}},
		{name: "a readiness to help with nothing named is no offer",
			text:   "The European Commission said on Friday it stood ready to help, adding that member states had prepared for weeks.",
			absent: []string{"European Commission OFFERED Proposal event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

func TestAskedReleaseParties(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		asker  string // who urges; never a party of the release
		holder string // who is urged; a party when named, "" for none
	}{
		{name: "who urges a release of unnamed detainees takes no part in it",
			text:  "Human Rights Watch urged the authorities to release 40 detained students.",
			asker: "Human Rights Watch"},
		{name: "the state urged to release a named prisoner holds him",
			text:  "The African Union urged Niger to release President Mohamed Bazoum.",
			asker: "African Union", holder: "Niger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			held := false
			for _, r := range g.Events {
				parts := participantNames(r.Event, names)
				if slices.Contains(parts, tt.asker) {
					t.Errorf("got %s among the parties %v of %q, want not", tt.asker, parts, r.Event.Name)
				}
				held = held || slices.Contains(parts, tt.holder)
			}
			if tt.holder != "" && !held {
				t.Errorf("got no event with %s among its parties, want one", tt.holder)
			}
		})
	}
}
