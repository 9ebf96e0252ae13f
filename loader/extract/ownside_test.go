package extract

import "testing"

func TestOwnSideStances(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			// a state body never rejects its own state: the demonym sits inside what it rejects
			"Russia summoned the Moldovan envoy. The Kremlin rejected accusations of Russian interference.",
			nil,
			[]string{"Kremlin REJECTED Russia asserted"},
		},
		{
			// nor does a spokesman of that body
			"Kremlin spokesman Dmitry Peskov dismissed any plan that would leave Russia without guarantees.",
			nil,
			[]string{"Dmitry Peskov REJECTED Russia asserted"},
		},
		{
			// a demand of another state stays
			"Polish Foreign Minister Anna Nowak urged Belarus to release the detained journalists.",
			[]string{"Anna Nowak DEMANDED Belarus asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}

func TestAttackablePlace(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			"Iranian drones struck a cargo ship in the Red Sea on Monday.",
			nil,
			[]string{"Iran ATTACKED Red Sea asserted"},
		},
		{
			"Indian troops opened fire across the Line of Control on Monday, wounding three people.",
			nil,
			[]string{"India ATTACKED Line of Control asserted"},
		},
		{
			// a place inside one state is hit itself
			"Russian missiles struck Kharkiv on Monday, killing four people.",
			[]string{"Russia ATTACKED Kharkiv asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
