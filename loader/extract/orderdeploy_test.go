package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOrderedDeployments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // participants of the one Other event; nil for none
	}{
		{"ordered police to the province", "Bandits raided two villages in Kebbi. Governor Musa Idris said he had ordered 300 extra police and Nigerian Army personnel to the province.",
			[]string{"Musa Idris", "Nigerian Army"}},
		{"ordered the deployment", "President Amos Kuti condemned the raid and ordered the deployment of more troops to the area.", []string{"Amos Kuti"}},
		{"ordered troops to a named place", "President Amos Kuti ordered troops to Kaduna on Monday.", []string{"Amos Kuti"}},
		{"ordered to act", "President Amos Kuti ordered the army and police to act firmly against looters.", nil},
		{"ordered commanders to move", "President Amos Kuti ordered his commanders to relocate to the north.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.OtherEvent, tt.want)
		})
	}
}
