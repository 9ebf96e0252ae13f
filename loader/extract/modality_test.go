package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestModality(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    graph.Modality
	}{
		{"The two leaders met in Rome.", "met", graph.Asserted},
		{"The spokesman has not ruled out a meeting with the president.", "meeting", graph.Possible},
		{"Aides would not confirm whether the envoy would meet the king.", "meet", graph.Possible},
		{"The sides may hold talks next week.", "talks", graph.Possible},
		{"QUETTA, May 19 (Reuters) - Gunmen attacked a convoy in Kalat district.", "attacked", graph.Asserted},
		{"Gunmen attacked a convoy on 19 May, officials said.", "attacked", graph.Asserted},
		{"The minister is expected to attend the summit.", "summit", graph.Possible},
		{"They failed to agree on a truce.", "truce", graph.Denied},
		{"The government denied any talks took place.", "talks", graph.Denied},
		{"Aid would flow only if a ceasefire holds.", "ceasefire", graph.Possible},
		{"A trade deal is possible only if the tariffs go.", "trade deal", graph.Conditional},
		{"Investment will follow provided that the truce holds.", "truce", graph.Possible},
		{"The ongoing negotiations aim at a lasting deal.", "negotiations", graph.Asserted},
		{"The cabinet declared that it would impose sanctions.", "sanctions", graph.Asserted},
		{"The rebels denied responsibility in a statement.", "statement", graph.Asserted},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkModality(t, tt.text, tt.trigger, tt.want)
		})
	}
}

// checkModality extracts text and checks the modality of the event read
// from the trigger word or phrase.
func checkModality(t *testing.T, text, trigger string, want graph.Modality) {
	t.Helper()
	d := analyse(t, text, "2025-01-01")
	for _, m := range d.evs {
		if m.noun == trigger {
			if m.mod != want {
				t.Errorf("got %s, want %s", m.mod, want)
			}
			return
		}
	}
	t.Fatalf("no event read from %q", trigger)
}
