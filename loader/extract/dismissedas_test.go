package extract

import "testing"

// TestDismissedAs covers "dismissed X as ...": a deed done by others is
// judged, an offer is refused.
func TestDismissedAs(t *testing.T) {
	tests := []claimCase{
		{"a summit held is criticised",
			`Gulf leaders held a summit in Doha on Monday. Iran's foreign ministry spokesman Reza Karimi dismissed the summit as "a photo opportunity".`,
			[]string{"Reza Karimi CRITICIZED Meeting event asserted"},
			[]string{"Reza Karimi REJECTED Meeting event asserted"}},
		{"a deal struck by others is criticised",
			`Chile and Bolivia signed a gas deal in La Paz on Monday. Peru's foreign minister Ana Rojas dismissed the deal as "worthless".`,
			[]string{"Ana Rojas CRITICIZED Agreement event asserted"},
			[]string{"Ana Rojas REJECTED Agreement event asserted"}},
		{"a truce offered stays refused",
			`Chile proposed a truce on Monday. Bolivian President Luis Arce dismissed the truce as "a trick".`,
			nil, []string{"Luis Arce CRITICIZED Ceasefire event asserted"}},
		{"a rally held is criticised",
			`Thousands of students protested in Lima on Sunday against the government. President Rosa Palma dismissed the protests as "a stunt by her rivals".`,
			[]string{"Rosa Palma CRITICIZED Protest event asserted"},
			[]string{"Rosa Palma REJECTED Protest event asserted"}},
		{"a body dismissed as something is criticised",
			`Moscow dismissed NATO as "a relic of another century".`,
			[]string{"Russia CRITICIZED NATO asserted"},
			[]string{"Russia REJECTED NATO asserted"}},
		{"a body's offer dismissed stays refused",
			`Moscow dismissed NATO's offer as "a trick".`,
			nil, []string{"Russia CRITICIZED NATO asserted"}},
		{"without as the summit is only brushed aside",
			`Gulf leaders held a summit in Doha on Monday. Iran's foreign ministry spokesman Reza Karimi dismissed the summit.`,
			nil, []string{"Reza Karimi CRITICIZED Meeting event asserted"}},
	}
	runClaimCases(t, "2025-05-20", tests)
}
