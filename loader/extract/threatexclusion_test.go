package extract

import "testing"

func TestExclusionThreats(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"force kept open against a named side",
			`The Kremlin has not ruled out new missile strikes on Moldova's power grid.`,
			[]string{"Kremlin THREATENED Moldova asserted"}, nil},
		{"refusal to exclude force",
			`Peruvian President Luis Ortega refused to rule out military action against Ecuador, saying the border must be secured.`,
			[]string{"Luis Ortega THREATENED Ecuador asserted"}, nil},
		{"third person never ruling out",
			`Turkey never rules out air strikes on Syria.`,
			[]string{"Turkey THREATENED Syria asserted"}, nil},
		{"talks kept open threaten no one",
			`Prime Minister Anna Berg did not rule out talks with Moscow on a truce to end the strikes.`,
			nil, []string{"Anna Berg THREATENED Russia asserted"}},
		{"the side clause names others",
			`US Trade Representative Mark Hale refused to rule out new tariffs, saying Chile would be treated fairly.`,
			nil, []string{"Mark Hale THREATENED Chile asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}

func TestAccusedOfMannerAndCharge(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"adverb before the charge",
			`Hezbollah said on Monday it had sent the remains of two soldiers back. Israel has accused the group of deliberately stalling the exchange.`,
			[]string{"Israel CRITICIZED Hezbollah asserted"}, nil},
		{"charge without an adverb still read",
			`Hezbollah said on Monday it had sent the remains of two soldiers back. Israel has accused the group of stalling the exchange.`,
			[]string{"Israel CRITICIZED Hezbollah asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
