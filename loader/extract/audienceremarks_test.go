package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAudienceRemarks(t *testing.T) {
	tests := []struct {
		name, text, speaker, place string
	}{
		{"remarks to reporters placed and dated",
			"Foreign Minister Lena Varga told reporters in Budapest on Thursday that the border would stay open.",
			"Lena Varga", "Budapest"},
		{"a speech to cheering supporters late at night",
			"\"We have won,\" opposition leader Tomas Berg told cheering supporters in Stockholm late on Sunday.",
			"Tomas Berg", "Stockholm"},
		{"an opening participle names the speaker after the comma",
			"Speaking to journalists in Nairobi on Friday, Interior Minister Grace Wambui said the curfew would be lifted.",
			"Grace Wambui", "Nairobi"},
		{"a speech at a ceremony held in a city",
			"\"We will defend every metre of our land,\" Defence Minister Lena Varga said at a memorial ceremony for fallen soldiers in Debrecen.",
			"Lena Varga", "Debrecen"},
		{"a gathering told, not a meeting held",
			"\"Our farmers deserve fair prices,\" President Tomas Berg told a dairy industry conference in Malmo.",
			"Tomas Berg", "Malmo"},
		{"no day: only where a quote came from",
			"\"The door remains open,\" Lena Varga told reporters in Budapest.",
			"", ""},
		{"no place: only where a quote came from",
			"Lena Varga told reporters on Thursday that the border would stay open.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			var found []string
			for _, r := range g.Events {
				if r.Event.Type != graph.Statement {
					continue
				}
				parts := participantNames(r.Event, names)
				if tt.speaker == "" {
					t.Errorf("got statement %q by %v, want none", r.Event.Name, parts)
					return
				}
				if slices.Contains(parts, tt.speaker) && names[r.Event.LocationID] == tt.place {
					return
				}
				found = append(found, r.Event.Name)
			}
			if tt.speaker != "" {
				t.Errorf("got statements %v, want one by %s in %s", found, tt.speaker, tt.place)
			}
		})
	}
}

func TestOccasionSpeechTakesOverMeeting(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Meeting, []countCase{
		{"the conference a speaker told is no meeting of its own",
			"\"Our farmers deserve fair prices,\" President Tomas Berg told a dairy industry conference in Malmo.",
			0},
	})
}
