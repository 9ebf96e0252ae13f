package extract

import "testing"

func TestSignedContracts(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a purchase contract binds buyer and seller",
			"Kenya has signed a contract to buy 12 helicopters from Italy, its defence ministry said.",
			[]string{"Kenya AGREED Agreement event asserted", "Italy AGREED Agreement event asserted"}, nil},
		{"a priced contract signed with a state",
			"Chile signed a $2 billion contract with Spain for four frigates.",
			[]string{"Chile AGREED Agreement event asserted"}, nil},
		{"a contract not signed is no agreement",
			"The Peruvian firm lost the contract to a rival bidder from Brazil.",
			nil, []string{"Brazil AGREED Agreement event asserted"}},
		{"a hyphenated modifier keeps the signers on the pact",
			"Ghana and Togo signed a long-awaited border pact in Lome on Monday.",
			[]string{"Ghana AGREED Agreement event asserted", "Togo AGREED Agreement event asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
