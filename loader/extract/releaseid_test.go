package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestReleaseApartFromArrest(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // names of the Other events
	}{
		{"release demanded after an arrest", "Opposition leader Karim Haddad was arrested on Monday. The African Union demanded the immediate release of Haddad.",
			[]string{"Haddad arrest", "Possible Haddad release"}},
		{"arrest alone", "Opposition leader Karim Haddad was arrested on Monday.", []string{"Haddad arrest"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-01").output()
			var got []string
			for _, r := range g.Events {
				if r.Event.Type == graph.OtherEvent {
					got = append(got, r.Event.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
