package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDeportations(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // participants of the one Other event; nil for none
	}{
		{"deported people of a named state", "Ghana and Togo met in Accra. Ties soured after Togolese police deported four Ghanaian journalists in May.",
			[]string{"Togo", "Ghana"}},
		{"participle with a destination", "The envoys discussed the fate of Moldovan families deported to Russia.", []string{"Russia"}},
		{"passive with a destination", "Officials say some 300 migrants have been deported to Libya this year.", []string{"Libya"}},
		{"asked to deport", "Washington urged Ankara to deport foreign fighters.", nil},
		{"policy with nobody deported", "The minister vowed the government would deport criminals.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.OtherEvent, tt.want)
		})
	}
}
