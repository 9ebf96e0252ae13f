package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestArrestRaidIsNoAttack(t *testing.T) {
	tests := []struct {
		name, text string
		attacks    int
	}{
		{"raids that made arrests",
			"Police said they had detained nine suspects in overnight raids on two villages near Mosul.", 0},
		{"a raid that made arrests, told with an article",
			"Officers arrested four men in a raid on a warehouse in Lagos.", 0},
		{"raids with no arrest",
			"Troops killed nine fighters in raids on two villages near Mosul.", 1},
		{"a raid as the text's first word",
			"Raids on two villages near Mosul killed nine fighters.", 1},
		{"an arrest in another sentence",
			"Police arrested four men on Monday. Gunmen killed two guards in a raid on a bank.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(docEvents(analyse(t, tt.text, "2026-01-10"), graph.Attack)); got != tt.attacks {
				t.Errorf("got %d attacks, want %d", got, tt.attacks)
			}
		})
	}
}
