package extract

import "testing"

// TestDeniedAttackRole holds that a state or group denying a part in an
// attack is named as its perpetrator, denied; a denial of a part in
// something else gives none.
func TestDeniedAttackRole(t *testing.T) {
	runClaimCases(t, "2025-06-12", []claimCase{
		{
			name: "denied any involvement",
			text: "Gunmen attacked a police station in Gao on Monday, killing three officers. Islamic State denied any involvement.",
			want: []string{"Islamic State PERPETRATED Attack event denied"},
		},
		{
			name: "the group denied, told by its kind",
			text: "The Kivu Front rebel group controls several villages. Gunmen attacked a police station near Goma on Monday, killing three officers. The group denied that it was involved.",
			want: []string{"Kivu Front PERPETRATED Attack event denied"},
		},
		{
			name:   "a role in something else",
			text:   "Gunmen attacked a police station in Gao on Monday. Islamic State denied any role in the election in Niger.",
			absent: []string{"Islamic State PERPETRATED Attack event denied"},
		},
	})
}
