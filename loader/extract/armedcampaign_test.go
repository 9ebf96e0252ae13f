package extract

import "testing"

// TestArmedCampaign holds campaigns told as background: one waged against
// an armed group is fighting with its two sides; one against a court, a
// capital's policies or graft is not.
func TestArmedCampaign(t *testing.T) {
	runClaimCases(t, "2025-06-12", []claimCase{
		{"a state's campaign against a rebel group",
			"The two ministers also discussed Ankara's decades-long campaign against the Kurdistan Workers' Party on Sunday.",
			[]string{"Turkey ATTACKED PKK asserted", "Turkey PERPETRATED Attack event asserted"},
			nil},
		{"a campaign against a court is no fighting",
			"The White House stepped up its campaign against the International Criminal Court on Monday.",
			nil,
			[]string{"United States PERPETRATED Attack event asserted", "White House PERPETRATED Attack event asserted"}},
		{"a campaign against a capital stands for its state",
			"Washington imposed new tariffs on Monday, widening its pressure campaign against Tehran.",
			nil,
			[]string{"United States ATTACKED Tehran asserted", "United States PERPETRATED Attack event asserted"}},
		{"an election campaign",
			"Her campaign against the incumbent mayor drew large crowds in Lagos on Saturday.",
			nil,
			[]string{"Attack event OCCURRED_IN Lagos asserted"}},
	})
}
