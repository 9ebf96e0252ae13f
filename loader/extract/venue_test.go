package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestVenueInCity(t *testing.T) {
	tests := []claimCase{
		{"the meeting at a palace is the talks held in its city",
			"Chancellor Merz received President Duda for talks in Berlin on Monday. The meeting at Bellevue Palace lasted two hours.",
			[]string{"Meeting event OCCURRED_IN Berlin asserted", "Meeting event OCCURRED_IN Bellevue Palace asserted"}, nil},
		{"a town is no venue and keeps its meeting apart",
			"President Ruto hosted President Hassan for talks in Nairobi on Monday. A meeting in Arusha is planned for June, officials said.",
			[]string{"Meeting event OCCURRED_IN Nairobi asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}

// TestVenueOfTalks holds the two leaders meeting at a named hall as the
// talks told in the hall's city before.
func TestVenueOfTalks(t *testing.T) {
	tests := []struct {
		name, text string
		meetings   int
	}{
		{"the two prime ministers at a hall of the city",
			"Prime Minister Ivo Marek held talks in Vienna with his Ruritanian counterpart Karl Weber. The two prime ministers later met in the Great Hall of the Nations on Wednesday, aides said.",
			1},
		{"the two foreign ministers at a palace of the city",
			"Foreign Minister Ivo Marek held talks in Vienna with his Ruritanian counterpart Karl Weber. The two foreign ministers later met in the Palace of the Nations on Wednesday, aides said.",
			1},
		{"another city is another meeting",
			"Prime Minister Ivo Marek held talks in Vienna with his Ruritanian counterpart Karl Weber. The two prime ministers met again in Prague on Wednesday, aides said.",
			2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meetings := docEvents(analyse(t, tt.text, "2026-08-13"), graph.Meeting)
			for _, e := range meetings {
				if tt.meetings == 1 && (e.date == nil || e.date.Start != "2026-08-12") {
					t.Errorf("meeting date %v, want 2026-08-12", e.date)
				}
			}
			if len(meetings) != tt.meetings {
				t.Errorf("got %d meetings, want %d", len(meetings), tt.meetings)
			}
		})
	}
}
