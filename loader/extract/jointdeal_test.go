package extract

import "testing"

func TestJointlyAnnounced(t *testing.T) {
	runClaimCases(t, "2026-02-03", []claimCase{
		{name: "two states announcing a deal together are its parties",
			text: "Kenya and Ethiopia on Monday announced a border trade agreement after two days of talks.",
			want: []string{
				"Kenya AGREED Agreement event asserted",
				"Ethiopia AGREED Agreement event asserted",
			}},
		{name: "two leaders unveiling a pact",
			text: "Chile and Peru unveiled a new fisheries pact on Tuesday.",
			want: []string{
				"Chile AGREED Agreement event asserted",
				"Peru AGREED Agreement event asserted",
			}},
		{name: "one body announcing a deal may only report it",
			text: "The Kenyan foreign ministry announced a trade deal with Ethiopia on Monday.",
			absent: []string{
				"Kenyan foreign ministry AGREED Agreement event asserted",
			}},
		{name: "announcing other news makes no party",
			text: "Kenya and Ethiopia on Monday announced new sanctions on the rebel group.",
			absent: []string{
				"Kenya AGREED Agreement event asserted",
			}},
	})
}
