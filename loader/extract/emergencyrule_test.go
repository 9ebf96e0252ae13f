package extract

import "testing"

func TestEmergencyRuleParties(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"curfew imposed", "Governor Amina Bello imposed a dusk-to-dawn curfew in Jos on Friday.", []string{"Amina Bello"}},
		{"curfew ruled out by a pronoun", "Gunmen killed nine farmers near Jos. Interior Minister Musa Garba condemned the raid. He would not rule out a night curfew in the state.",
			[]string{"Musa Garba"}},
		{"state of emergency declared", "President Ana Ruiz declared a 45-day state of emergency in Guayas on Monday.", []string{"Ana Ruiz"}},
		{"state of emergency weighed", "Riots spread across Quito. President Ana Ruiz said she had not ruled out declaring a nationwide state of emergency.",
			[]string{"Ana Ruiz"}},
		{"curfew in force", "A curfew remains in force in Jos after the clashes.", nil},
		{"curfew lifted", "Nigeria lifted the curfew in Jos on Sunday.", []string{"Nigeria"}},
	})
}

// A decision welcomed is judged, not made, by the one who welcomes it.
func TestEmergencyRuleDecisionJudged(t *testing.T) {
	checkNoParty(t, "Foreign Minister Ana Costa welcomed the decision to lift the curfew in Jos.", "2026-03-01", "", "Ana Costa")
}
