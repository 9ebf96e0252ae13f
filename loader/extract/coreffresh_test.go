package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAdditionalMeasureIsNew(t *testing.T) {
	tests := []struct {
		text string
		want int // sanction events
	}{
		{"Kuwait imposed tariffs on Jamaican steel in March. On Friday, Emir Salem Qarawi threatened an additional 20 per cent tariff on Jamaican goods if Jamaica did not act.", 2},
		{"Kuwait imposed tariffs on Jamaican steel in March. The additional levy hits cars and trucks.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-06-01").output()
			n := 0
			for _, e := range g.Events {
				if e.Event.Type == graph.Sanction {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d sanction events, want %d", n, tt.want)
			}
		})
	}
}
