package extract

import "testing"

// TestSpeakerImposes covers a sanction whose imposer is a pronoun standing
// for the speaker across a date (announced, so asserted as the rules read
// it), and military hardware sent to a state.
func TestSpeakerImposes(t *testing.T) {
	tests := []claimCase{
		{"a speaker's pronoun across a date",
			"Chilean President Marta Ibáñez said Tuesday she will impose a 20% tariff on all Peruvian imports.",
			[]string{"Marta Ibáñez SANCTIONED Peru asserted"}, nil},
		{"a state's pronoun across a date",
			"Norway said on Friday it would raise duties on Icelandic fish.",
			[]string{"Norway SANCTIONED Iceland asserted"}, nil},
		{"a pronoun that names no speaker is left alone",
			"He will impose a 20% tariff on all Peruvian imports.",
			nil, []string{"Peru SANCTIONED Peru possible"}},
		{"hardware sent to a state is aid",
			"Sweden will deliver three more air defence systems to Estonia by the spring.",
			[]string{"Sweden AIDED Estonia possible"}, nil},
		{"tanks sent to a state are aid",
			"Poland sent 14 tanks to Latvia last year.",
			[]string{"Poland AIDED Latvia asserted"}, nil},
		{"systems bought are no aid",
			"Greece bought two air defence systems from France last year.",
			nil, []string{"France AIDED Greece asserted", "Greece AIDED France asserted"}},
	}
	runClaimCases(t, "2026-03-01", tests)
}
