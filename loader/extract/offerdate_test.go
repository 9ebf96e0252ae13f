package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOfferDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an offer of dialogue is dated by the saying",
			text: "Norway said on Wednesday it remained ready to facilitate a new dialogue, but only if both sides asked it to.",
			typ:  graph.Proposal, title: "dialogue", parts: []string{"Norway"}, date: "2026-01-07"},
		{name: "a day opening the sentence dates the saying and the conditional offer",
			text: "On Friday, Lavrov said Moscow would consider releasing the detained sailors only if Kyiv freed its prisoners.",
			typ:  graph.Proposal, title: "release", parts: []string{"Russia"}, date: "2026-01-09"},
	})
}
