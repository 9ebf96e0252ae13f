package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// Gold annotation rarely makes a standing deployment an event of its own,
// and as a trigger it mostly named background posture, so neither word
// starts an event.
func TestDeploymentIsNoEvent(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"deployed troops", "Canada has deployed 2,000 troops to the Arctic coast."},
		{"deployment of forces", "The deployment of Danish forces along the border continued into the winter."},
		{"deployed as a participle", "Soldiers deployed near the frontier reported calm on Tuesday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == graph.OtherEvent {
					t.Errorf("got Other event %q, want none", r.Event.Name)
				}
			}
		})
	}
}
