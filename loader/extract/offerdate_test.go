package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOfferDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an offer of dialogue is dated by the saying",
			text: "Norway said on Thursday that it stood ready to facilitate fresh dialogue, but only if both governments asked for it.",
			typ:  graph.Proposal, title: "dialogue", parts: []string{"Norway"}, date: "2026-01-08"},
		{name: "a day opening the sentence dates the saying and the conditional offer",
			text: "On Friday, Lavrov said Moscow would consider releasing the detained sailors only if Kyiv freed its prisoners.",
			typ:  graph.Proposal, title: "release", parts: []string{"Russia"}, date: "2026-01-09"},
	})
}
