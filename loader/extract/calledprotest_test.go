package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCalledProtestParties(t *testing.T) {
	tests := []struct {
		name, text string
		// wantParts are the called protest's participants; nil wants no
		// protest at all.
		wantParts []string
		want      []string
	}{
		{
			name:      "a person calls, leading no party",
			text:      "Opposition figure Tomas Varga rejected the count and called for peaceful protests.",
			wantParts: []string{"Tomas Varga"},
			want:      []string{"Tomas Varga DEMANDED Protest event asserted"},
		},
		{
			name:      "the party its leader is said to lead organises",
			text:      "Lina Ross, leader of the Civic Union, called for a general strike.",
			wantParts: []string{"Civic Union"},
			want:      []string{"Lina Ross DEMANDED Protest event asserted"},
		},
		{
			name:      "a body calls",
			text:      "The Liberal Alliance called for nationwide protests.",
			wantParts: []string{"Liberal Alliance"},
		},
		{
			name:      "the subject after while, described by his tie to another",
			text:      "The court declared Pavel Orlov the winner, while his main rival Tomas Varga called for peaceful protests.",
			wantParts: []string{"Tomas Varga"},
			want:      []string{"Tomas Varga DEMANDED Protest event asserted"},
		},
		{
			name: "a protest reported needs its own anchor",
			text: "Tomas Varga said protests were expected.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-02")
			g := d.output()
			names := entityNames(g)
			protests := typedEvents(g, graph.Protest)
			if tt.wantParts == nil {
				if len(protests) != 0 {
					t.Fatalf("got %d protests %v, want none", len(protests), protests)
				}
				return
			}
			if len(protests) != 1 {
				t.Fatalf("got %d protests %v, want 1", len(protests), protests)
			}
			if got := participantNames(protests[0], names); !slices.Equal(got, tt.wantParts) {
				t.Errorf("participants: got %v, want %v", got, tt.wantParts)
			}
			if len(tt.want) > 0 {
				got := claimsOf(t, d)
				if missing := hasAll(got, tt.want); len(missing) > 0 {
					t.Errorf("missing %q\ngot %s", missing, strings.Join(got, "\n    "))
				}
			}
		})
	}
}
