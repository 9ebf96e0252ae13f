package extract

import "testing"

// TestRetoldEvents holds a coup retold as a deposition, and a newcomer to
// talks already reported, apart from events that are really new.
func TestRetoldEvents(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		want int
	}{
		{"a deposition retells the seizure of power",
			"Soldiers seized power in Gabon on Wednesday, announcing on state television that the election results were cancelled. In a later statement, the officers said they had deposed the president and dissolved all institutions.",
			"Other", 1},
		{"control of the country retells a headline seizure",
			"Togo army seizes power after disputed vote\n\nLOME - Soldiers in Togo said on Tuesday they had taken \"full control\" of the country and closed the borders.",
			"Other", 1},
		{"joining the talks is the talks reported",
			"Sudan's army and the RSF held talks in Jeddah on Monday. Egypt's foreign minister Badr Abdelatty is expected to join the talks on Wednesday.",
			"Meeting", 1},
		{"talks elsewhere after a meeting stay apart",
			"Sudan's army and the RSF held talks in Jeddah on Monday. Egypt and Ethiopia will hold talks in Cairo on Wednesday.",
			"Meeting", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			n := eventsOfType(g, tt.typ)
			if n != tt.want {
				t.Errorf("got %d %s events, want %d", n, tt.typ, tt.want)
			}
		})
	}
}
