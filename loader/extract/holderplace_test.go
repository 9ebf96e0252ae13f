package extract

import "testing"

func TestHolderIsNoSecondPlace(t *testing.T) {
	runClaimCases(t, "2026-03-12", []claimCase{
		{"province of",
			"Gunmen killed at least 12 people in an attack on a mosque near Tessit in the eastern province of Gao, officials said.",
			[]string{"Attack event OCCURRED_IN Tessit asserted"}, []string{"Attack event OCCURRED_IN Gao asserted"}},
		{"countryside",
			"Soldiers raided the village of Kafr Hamra in the Aleppo countryside on Monday, killing two men.",
			[]string{"Attack event OCCURRED_IN Kafr Hamra asserted"}, []string{"Attack event OCCURRED_IN Aleppo asserted"}},
		{"village on an island",
			"An airstrike hit Taung Shey village on Cheduba island early on Wednesday, killing 12 people.",
			[]string{"Attack event OCCURRED_IN Taung Shey asserted"}, []string{"Attack event OCCURRED_IN Cheduba asserted"}},
		{"the sea of a port",
			"Ukrainian drones struck the Black Sea oil port of Novorossiysk overnight, setting fire to a tanker.",
			[]string{"Attack event OCCURRED_IN Novorossiysk asserted"}, []string{"Attack event OCCURRED_IN Black Sea asserted"}},
		{"the sea of a resort",
			"The council held its first meeting in Russia's Black Sea resort of Sochi on Tuesday.",
			[]string{"Meeting event OCCURRED_IN Sochi asserted"}, []string{"Meeting event OCCURRED_IN Black Sea asserted"}},
		{"two places joined by and",
			"Thousands of protesters marched in Tessit and in the Gao region on Friday.",
			[]string{"Protest event OCCURRED_IN Tessit asserted", "Protest event OCCURRED_IN Gao region asserted"}, nil},
	})
}
