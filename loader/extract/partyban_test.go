package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPartyBans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // participants of the one Other event; nil for none
	}{
		{"activities banned", "The Unity Front party, whose activities were banned in March, called a general strike.", []string{"Unity Front"}},
		{"body banned", "The interim government banned the Unity Front in 2024.", []string{"Unity Front"}},
		{"the banned party", "Supporters of the banned Unity Front marched through the capital.", nil},
		{"person banned", "A court banned him from politics for six years.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.OtherEvent, tt.want)
		})
	}
}
