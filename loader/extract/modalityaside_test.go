package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestModalityRelativeAside(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    graph.Modality
	}{
		{"Governor Ana Ruiz, who has vowed to curb the militias, attended the summit in Lima on Monday.", "summit", graph.Asserted},
		{"President Tomas Berg, who was barred from seeking a third term, attended the summit in Oslo.", "summit", graph.Asserted},
		{"President Tomas Berg, who never lost an election, attended the summit in Oslo.", "summit", graph.Asserted},
		{"President Tomas Berg, who attended the summit, may hold talks with Kenya.", "talks", graph.Possible},
		{"President Tomas Berg, who attended the summit, did not hold talks with Kenya.", "talks", graph.Denied},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			for _, m := range d.evs {
				if m.noun == tt.trigger {
					if m.mod != tt.want {
						t.Errorf("got %s, want %s", m.mod, tt.want)
					}
					return
				}
			}
			t.Fatalf("no event read from %q", tt.trigger)
		})
	}
}
