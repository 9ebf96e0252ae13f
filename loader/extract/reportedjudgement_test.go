package extract

import "testing"

// TestReportedJudgement covers a speaker who lays wrongdoing on the
// subject of a quote or reported clause.
func TestReportedJudgement(t *testing.T) {
	runClaimCases(t, "2025-03-10", []claimCase{
		{"a misdeed in a reported clause",
			"Peruvian Foreign Minister Ana Ruiz said that Chile was \"politicising\" the border talks.",
			[]string{"Ana Ruiz CRITICIZED Chile asserted"}, nil},
		{"a word of blame in an opening quote",
			"\"Chile remains the most serious threat to the region,\" Peruvian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz CRITICIZED Chile asserted"}, nil},
		{"a participle aside after a comma",
			"\"Chile has again sent troops to the border, flagrantly violating the accord,\" Peruvian Foreign Minister Ana Ruiz said.",
			[]string{"Ana Ruiz CRITICIZED Chile asserted"}, nil},
		{"a regret that opens the clause",
			"\"We regret that Chile has chosen to politicise the dispute,\" Peruvian Foreign Minister Ana Ruiz told reporters.",
			[]string{"Ana Ruiz CRITICIZED Chile asserted"}, nil},
		{"a negated judgement is no criticism",
			"Peruvian Foreign Minister Ana Ruiz said that Chile was not politicising the talks.",
			nil, []string{"Ana Ruiz CRITICIZED Chile asserted"}},
		{"praise is no criticism",
			"Peruvian Foreign Minister Ana Ruiz said that Chile had acted responsibly and in good faith.",
			nil, []string{"Ana Ruiz CRITICIZED Chile asserted"}},
		{"a subject who complains is not the one blamed",
			"Spokesperson Ana Ruiz said that Chile had protested over \"irresponsible\" remarks by a Bolivian minister.",
			nil, []string{"Ana Ruiz CRITICIZED Chile asserted"}},
		{"the object of a preposition is not the subject's deed",
			"Spokesperson Ana Ruiz said that Chile would respond firmly to every violation of the truce.",
			nil, []string{"Ana Ruiz CRITICIZED Chile asserted"}},
	})
}

// TestDismay covers a speaker troubled by a deed or regretting it.
func TestDismay(t *testing.T) {
	const lede = "Chilean forces launched an air strike on a border village on Monday. "
	runClaimCases(t, "2025-03-10", []claimCase{
		{"dismay at a deed named before",
			lede + "Peruvian Foreign Minister Ana Ruiz said she was \"deeply concerned\" by the strike.",
			[]string{"Ana Ruiz CRITICIZED Attack event asserted"}, nil},
		{"two words of dismay",
			lede + "Peruvian Foreign Minister Ana Ruiz said Lima was appalled and deeply shocked by the attack.",
			[]string{"Ana Ruiz CRITICIZED Attack event asserted"}, nil},
		{"a regret of the deed",
			lede + "Peruvian Foreign Minister Ana Ruiz said Lima \"deeply regrets\" the strike.",
			[]string{"Ana Ruiz CRITICIZED Attack event asserted"}, nil},
		{"dismay denied",
			lede + "Peruvian Foreign Minister Ana Ruiz said she was not concerned by the strike.",
			nil, []string{"Ana Ruiz CRITICIZED Attack event asserted"}},
		{"concern about a situation is no criticism",
			lede + "Peruvian Foreign Minister Ana Ruiz said she was concerned about the humanitarian situation.",
			nil, []string{"Ana Ruiz CRITICIZED Attack event asserted"}},
	})
}
