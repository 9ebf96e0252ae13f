package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestTitledObjectIsNoSubject(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"a title before the name", "Chad's government said it had foiled a plot to overthrow President Idriss Kabadi and arrested six officers."},
		{"the title in apposition", "Chad's military government said it had foiled a plot to overthrow the transitional president, General Idriss Kabadi, and arrested six officers."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-02-10").output()
			names := entityNames(g)
			found := false
			for _, e := range g.Events {
				if !strings.Contains(e.Event.Name, "arrest") {
					continue
				}
				found = true
				if got := participantNames(e.Event, names); !slices.Contains(got, "Chad") || slices.Contains(got, "Idriss Kabadi") {
					t.Errorf("got arrest participants %v, want Chad and not the president", got)
				}
			}
			if !found {
				t.Errorf("got no arrest, want one")
			}
		})
	}
}
