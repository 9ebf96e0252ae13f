package extract

import "testing"

func TestToldMeeting(t *testing.T) {
	tests := []claimCase{
		{"who told the meeting was there",
			"Leaders of the bloc met in Nairobi on Monday. Kenyan President William Ruto told the meeting that the region needed peace.",
			[]string{"William Ruto PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who told a hearing was there",
			"US Under Secretary of Defense Mark Dunmore told a House hearing on Friday that no strike was planned.",
			[]string{"Mark Dunmore PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who told someone in a phone call met them",
			"Kenyan President William Ruto told Tanzanian President Samia Suluhu Hassan in a phone call on Sunday that trade would grow.",
			[]string{"William Ruto PARTICIPATED_IN Meeting event asserted", "Samia Suluhu Hassan MET_WITH William Ruto asserted"}, nil},
		{"who told reporters after the talks is not made to meet the reporters' source",
			"Kenya and Tanzania held talks in Arusha on Monday. Tanzanian President Samia Suluhu Hassan told reporters in Arusha that trade would grow.",
			nil, []string{"Samia Suluhu Hassan MET_WITH Kenya asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
