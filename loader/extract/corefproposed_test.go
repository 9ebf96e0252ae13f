package extract

import "testing"

// TestProposedMeetingIsOne holds a meeting that is only proposed as one
// Meeting event that its proposer offers, not a proposal beside it.
func TestProposedMeetingIsOne(t *testing.T) {
	tests := []struct {
		name               string
		text               string
		meetings, proposal int
	}{
		{"a proposal to meet is the meeting",
			"Ankara said there were no plans for a summit in Baku, despite Yerevan's proposal to meet at the level of foreign ministers next week.",
			1, 0},
		{"proposed that two sides meet is the meeting",
			"Ghana's foreign minister proposed last month that the two armies meet at the border town of Aflao. Togo rejected Ghana's offer of military talks on Thursday.",
			1, 0},
		{"a proposal of something else stays a proposal beside the meeting",
			"Chile rejected on Monday Peru's proposal to cut tariffs on copper, and the two ministers met in Lima on Tuesday.",
			1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			meetings, proposals := 0, 0
			for _, r := range g.Events {
				switch string(r.Event.Type) {
				case "Meeting":
					meetings++
				case "Proposal":
					proposals++
				}
			}
			if meetings != tt.meetings || proposals != tt.proposal {
				t.Errorf("got %d meetings and %d proposals, want %d and %d", meetings, proposals, tt.meetings, tt.proposal)
			}
		})
	}
}
