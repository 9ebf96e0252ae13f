package extract

import "testing"

func TestDemandOpeningList(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{"a list that urges after a participle clause",
			`Norway, Denmark and Finland issued a joint statement deploring "the rising violence" and urging the Serbian government to protect the monitors.`,
			[]string{"Norway DEMANDED Serbia asserted", "Denmark DEMANDED Serbia asserted", "Finland DEMANDED Serbia asserted"},
			nil},
		{"a list that says another must act",
			`Spain, Italy and Portugal welcomed the talks in a joint statement but said Morocco must "fully respect" the accord.`,
			[]string{"Spain DEMANDED Morocco asserted", "Italy DEMANDED Morocco asserted", "Portugal DEMANDED Morocco asserted"},
			nil},
		{"a lone subject stays alone",
			`Norway issued a statement deploring the violence and urging the Serbian government to protect the monitors.`,
			[]string{"Norway DEMANDED Serbia asserted"},
			[]string{"Serbia DEMANDED Serbia asserted"}},
		{"the subject of the first verb demands, not its object",
			`Peruvian Foreign Minister Elena Rojas lodged a protest with Chilean Ambassador Pablo Soto in Lima and demanded that Chile release the fishermen.`,
			[]string{"Elena Rojas DEMANDED Chile asserted"},
			[]string{"Pablo Soto DEMANDED Chile asserted"}},
	})
}
