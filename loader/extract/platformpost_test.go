package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPlatformPostParties(t *testing.T) {
	tests := []struct {
		name, text, writer, network string
	}{
		{"a post on a network is its writer's, not the network's",
			"European Council President Antonio Costa welcomed the result in a post on X, writing that \"Europe stands united\".",
			"Antonio Costa", "X"},
		{"a post on the writer's own channel",
			"Ukrainian President Volodymyr Zelensky thanked Norway in a post on his Telegram channel.",
			"Volodymyr Zelensky", "Telegram"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			var got []string
			for _, r := range g.Events {
				if r.Event.Type != graph.Statement || !strings.Contains(r.Event.Name, "post") {
					continue
				}
				got = participantNames(r.Event, names)
				if !slices.Contains(got, tt.writer) || slices.Contains(got, tt.network) {
					t.Errorf("got post participants %v, want %s and not %s", got, tt.writer, tt.network)
				}
				return
			}
			t.Errorf("got no post statement, want one by %s", tt.writer)
		})
	}
}

func TestSocialMediaPost(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Statement, []countCase{
		{"social media at large carry a post",
			"Chilean President Gabriel Boric wrote on social media that the vote had been free and fair.",
			1},
		{"footage posted on social media is no statement",
			"Footage posted on social media showed smoke rising over the port.",
			0},
		{"a statement posted on a network is the one statement",
			"The militia's commander, Abu Karim al-Fahdawi, said in a statement posted on Telegram late on Tuesday that the bases would become targets.",
			1},
	})
}
