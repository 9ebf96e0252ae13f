package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestArrestedIn(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // participants of the one Other event; nil for none
	}{
		{"an attache is no listed held person", "The trade attache was arrested in Spain in March on suspicion of spying.", nil},
		{"diplomat arrested in a state", "A Chilean diplomat was arrested in Peru in March on suspicion of spying.", []string{"Peru"}},
		{"suspects detained in a state", "Four suspects were detained in Ghana last week.", []string{"Ghana"}},
		{"arrested in a city", "Four suspects were detained in Accra last week.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.OtherEvent, tt.want)
		})
	}
}
