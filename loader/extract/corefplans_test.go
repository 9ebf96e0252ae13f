package extract

import "testing"

// TestPlannedMeetingToldTwice holds a meeting not held as one plan across
// sentences that offer it and rule it out, and keeps apart a plan with a
// party of its own or one marked as another.
func TestPlannedMeetingToldTwice(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		meetings int
	}{
		{"an offer to meet and the meeting ruled out are one plan",
			"Pashinyan said Yerevan was ready for a ceasefire if Baku was, and repeated his offer to meet Azerbaijani President Ilham Aliyev.\n" +
				"Hikmet Hajiyev, an aide to Aliyev, said Baku saw no grounds for a meeting with Pashinyan at this stage.",
			1},
		{"a plan with another party is another meeting",
			"Pashinyan said Yerevan was ready for a ceasefire if Baku was, and repeated his offer to meet Azerbaijani President Ilham Aliyev.\n" +
				"Georgian Prime Minister Irakli Kobakhidze said he could meet Pashinyan in Tbilisi.",
			2},
		{"a next round is another meeting",
			"Pashinyan said Yerevan was ready for a ceasefire if Baku was, and repeated his offer to meet Azerbaijani President Ilham Aliyev.\n" +
				"Hajiyev said a next round of talks with Pashinyan could follow later in the year.",
			2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			meetings := 0
			for _, r := range g.Events {
				if string(r.Event.Type) == "Meeting" {
					meetings++
				}
			}
			if meetings != tt.meetings {
				t.Errorf("got %d meetings, want %d", meetings, tt.meetings)
			}
		})
	}
}
