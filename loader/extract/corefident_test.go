package extract

import (
	"slices"
	"testing"
)

// TestOneHappeningToldTwice holds a happening retold by a witness, a
// modifier or a report as one event whose parties are its own.
func TestOneHappeningToldTwice(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		typ     string
		want    int
		notPart string
	}{
		{"a quoted they is not the witness who speaks",
			"Soldiers killed 12 villagers near Kharkiv, officials said. \"They fired on us at dawn,\" said Leyla Hasan, a resident. The United Nations condemned the killings.",
			"Attack", 1, "Leyla Hasan"},
		{"a suspended dash compound qualifies the charity",
			"Soldiers killed 12 villagers near Kharkiv, officials said. The shooting took place on Tuesday near a clinic run by the US- and EU-funded charity.",
			"Attack", 1, "United States"},
		{"the day a truce was announced is the announcement's",
			"Ghadames truce holds after days of fighting\n\nA truce took hold in Ghadames on Tuesday after days of fighting between rival militias. The UN envoy, Carla Jensen, announced the truce late on Monday and said it was agreed by the Libyan government and local elders.",
			"Ceasefire", 1, ""},
		{"a truce signed on another day stays apart",
			"A truce took hold in Ghadames on Tuesday. Two weeks later the Libyan government and local elders signed a truce in Kufra on Friday.",
			"Ceasefire", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypedEvents(t, tt.text, tt.typ, tt.want, func(parts []string) {
				if tt.notPart != "" && slices.Contains(parts, tt.notPart) {
					t.Errorf("got participants %v, want none named %s", parts, tt.notPart)
				}
			})
		})
	}
}
