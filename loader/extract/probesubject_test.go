package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestProbeSubject(t *testing.T) {
	tests := []struct {
		name, text string
		// wantName is the inquiry's name; empty wants no Other event.
		wantName string
		want     []string
	}{
		{
			name:     "asked for, subject named",
			text:     "The Lisbon Bar Association called for an impartial inquiry into the drownings.",
			wantName: "Possible impartial inquiry into the drownings",
			want:     []string{"Lisbon Bar Association DEMANDED Other event asserted"},
		},
		{
			name:     "qualifiers joined by and, subject ends at a place",
			text:     "Norway demanded a prompt and thorough investigation into the sinking of the ferry off Bergen.",
			wantName: "Possible prompt and thorough investigation into the sinking of the ferry",
			want:     []string{"Norway DEMANDED Other event asserted"},
		},
		{
			name: "asked for, nothing named",
			text: "Norway demanded a prompt and thorough investigation.",
		},
		{
			name: "under way, not asked for",
			text: "Police in Oslo said an investigation into the sinking had been opened.",
		},
		{
			name: "subject cut to an article",
			text: "Norway demanded an investigation into the, well, events.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-02")
			var got []string
			for _, r := range d.output().Events {
				if r.Event.Type == graph.OtherEvent {
					got = append(got, r.Event.Name)
				}
			}
			if tt.wantName == "" {
				if len(got) != 0 {
					t.Fatalf("got Other events %v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0] != tt.wantName {
				t.Fatalf("got Other events %v, want [%s]", got, tt.wantName)
			}
			checkClaims(t, tt.text, "2025-04-02", tt.want, nil)
		})
	}
}
