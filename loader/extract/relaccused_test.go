package extract

import "testing"

// TestRelativeAccused covers a charge whose object is the antecedent of a
// relative pronoun, and a pronoun subject standing for the sentence's lead.
func TestRelativeAccused(t *testing.T) {
	tests := []claimCase{
		{"a state's pronoun and a listed antecedent",
			"Bolivia recalled its envoys from Peru and Chile, which it accused of arming smugglers.",
			[]string{"Bolivia CRITICIZED Peru asserted", "Bolivia CRITICIZED Chile asserted"}, nil},
		{"a named subject",
			"Officials met envoys from Ecuador, which Colombia accuses of sheltering rebels.",
			[]string{"Colombia CRITICIZED Ecuador asserted"}, []string{"Ecuador CRITICIZED Colombia asserted"}},
		{"a person's pronoun is the lead person, not the antecedent",
			"President Gustavo Ortega sacked General Manuel Diaz, whom he blamed for the defeat.",
			[]string{"Gustavo Ortega CRITICIZED Manuel Diaz asserted"}, nil},
		{"the relative pronoun as subject is left to the verb",
			"Peru, which has long accused Chile of spying, recalled its ambassador.",
			nil, []string{"Chile CRITICIZED Peru asserted"}},
		{"a denied charge keeps its negation",
			"Bolivia reopened its border with Peru, which it no longer accuses of arming smugglers.",
			nil, []string{"Bolivia CRITICIZED Peru asserted"}},
	}
	runClaimCases(t, "2025-04-16", tests)
}
