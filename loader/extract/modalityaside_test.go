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
			checkModality(t, tt.text, tt.trigger, tt.want)
		})
	}
}

func TestModalityScope(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    graph.Modality
	}{
		{"Neither candidate won a majority in the presidential election held in Peru on Sunday.", "presidential election", graph.Asserted},
		{"The opposition did not win a seat at the election in Bavaria.", "election", graph.Asserted},
		{"The government did not hold the parliamentary election in Latvia.", "parliamentary election", graph.Denied},
		{"Prime Minister Ana Ruiz flew home without a deal to lift the tariffs on Mexican steel.", "tariffs", graph.Asserted},
		{"The minister raised the plan in a phone call with his Ghanaian counterpart on Friday.", "phone call", graph.Asserted},
		{"The minister welcomed the proposal for a phone call with his Kenyan counterpart.", "phone call", graph.Possible},
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
			var nouns []string
			for _, m := range d.evs {
				nouns = append(nouns, m.noun)
			}
			t.Fatalf("no event read from %q; read %q", tt.trigger, nouns)
		})
	}
}
