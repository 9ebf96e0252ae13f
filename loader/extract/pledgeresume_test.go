package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestResumedGivingOffers(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a readiness to resume deliveries is an offer to the receiver",
			text: "The ministry said France was ready to resume arms deliveries to Chad.",
			typ:  graph.Proposal, parts: []string{"France", "Chad"}},
		{name: "a pledge to continue aid names who receives it",
			text: "Canada pledged to continue military aid to Ukraine, its defence minister said.",
			typ:  graph.Proposal, parts: []string{"Canada", "Ukraine"}},
		{name: "a readiness told as a noun offers too",
			text: "\"What matters is Japan's readiness to restore military assistance to Ukraine,\" the envoy said.",
			typ:  graph.Proposal, parts: []string{"Japan", "Ukraine"}},
	})
}

func TestResumedGivingClaims(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{name: "the one ready to keep shipments going offers them",
			text: "Norway is ready to continue uninterrupted shipments of gas to Poland, its energy minister said.",
			want: []string{"Norway OFFERED Proposal event asserted"}},
		{name: "resuming talks is a meeting offered, not a giving",
			text:   "Japan said it was ready to resume talks with China.",
			absent: []string{"Japan OFFERED Proposal event asserted"}},
		{name: "expanding cooperation gives nothing",
			text:   "Kenya pledged to expand cooperation with Ethiopia.",
			absent: []string{"Kenya OFFERED Proposal event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
