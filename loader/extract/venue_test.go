package extract

import "testing"

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
