package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestVisaMeasures(t *testing.T) {
	tests := []struct {
		name, text string
		// wantParts are the sanction's parties; nil wants no sanction.
		wantParts []string
	}{
		{
			name:      "visa-free travel suspended",
			text:      "The European Commission has proposed suspending visa-free entry for all Serbian citizens.",
			wantParts: []string{"European Commission"},
		},
		{
			name:      "visa-free regime ended",
			text:      "The EU ended the visa-free regime for Serbia on Monday.",
			wantParts: []string{"European Union", "Serbia"},
		},
		{
			name:      "visa restrictions threatened",
			text:      "Canada warned it would impose visa restrictions on officials who obstruct the count.",
			wantParts: []string{"Canada"},
		},
		{
			name: "visa-free travel enjoyed",
			text: "Serbian citizens have enjoyed visa-free travel to the bloc since 2009.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.Sanction, tt.wantParts)
		})
	}
}
