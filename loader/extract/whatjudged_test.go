package extract

import "testing"

// TestWhatJudged covers a speaker's own name for a wrong told outside a
// verb of judgement, and the threat that keeps it a threat.
func TestWhatJudged(t *testing.T) {
	runClaimCases(t, "2026-03-02", []claimCase{
		{"the state named in the wrong's words",
			"Brazilian President Luiz Inacio Lula da Silva cancelled his trip over what he called the harassment of Brazilian fishermen in Paraguay.",
			[]string{"Luiz Inacio Lula da Silva CRITICIZED Paraguay asserted"}, nil},
		{"the subject of the act the words are the object of",
			"Trade chief Maros Sefcovic said tariffs would stay unless Japan dropped what he called discriminatory rice quotas.",
			[]string{"Maros Sefcovic CRITICIZED Japan asserted"}, nil},
		{"the state a measure falls on",
			"Foreign Minister Helga Lind said Iceland would impose sanctions on Gabon over what she called an organised destabilisation drive.",
			[]string{"Helga Lind CRITICIZED Gabon asserted"}, nil},
		{"a threat over the wrong stays a threat",
			"President Donald Trump threatened tariffs on Mexico over what he called the unchecked flow of drugs and abuses at the border.",
			nil, []string{"Donald Trump CRITICIZED Mexico asserted"}},
		{"a neutral name blames no one",
			"The talks focused on what the Kremlin called the Ukrainian settlement.",
			nil, []string{"Kremlin CRITICIZED Ukraine asserted"}},
	})
}
