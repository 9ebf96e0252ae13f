package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAgreedOnTerms(t *testing.T) {
	tests := []struct {
		name, text string
		agreements int
	}{
		{"quotas agreed on", "Chile and Peru have agreed on anchovy quotas in the Pacific for 2027, officials said.", 1},
		{"a mechanism agreed on", "The two sides agreed on a mechanism for faster export permits.", 1},
		{"how to go on agreed on", "The ministers agreed on how to proceed with the talks.", 0},
		{"a need agreed on", "The ministers agreed on the need for more dialogue.", 0},
		{"agreed on a day", "Chile and Peru agreed on Monday that officials should talk.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(docEvents(analyse(t, tt.text, "2026-01-10"), graph.Agreement)); got != tt.agreements {
				t.Errorf("got %d agreements, want %d", got, tt.agreements)
			}
		})
	}
}
