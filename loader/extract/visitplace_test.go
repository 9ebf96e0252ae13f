package extract

import "testing"

func TestDuringVisitPlaces(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a deal signed during a visit to a town is placed there",
			"Kenya and Japan signed a maritime security agreement on Friday during a visit to Nairobi by Japanese Prime Minister Taro Kono.",
			[]string{"Agreement event OCCURRED_IN Nairobi asserted"}, nil},
		{"a visit told apart from the deal does not place it",
			"Kenya and Japan signed a trade agreement last year, and Kono made a visit to Nairobi on Tuesday.",
			nil, []string{"Agreement event OCCURRED_IN Nairobi asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
