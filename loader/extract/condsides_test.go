package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestConditionSubjects covers who a condition clause's subject is and
// which sides a truce or deal named bare as a condition is between.
func TestConditionSubjects(t *testing.T) {
	tests := []claimCase{
		{"a present-tense condition verb with a pronoun stands for the last speaker",
			"Peruvian President Dina Vega said on Monday she was open to talks with Chilean President Jorge Soto. " +
				"Chile said it would not hold a summit unless she withdraws her remarks.",
			[]string{"Meeting event CONDITIONED_ON Other event asserted", "Chile DEMANDED Other event asserted"}, nil},
		{"a concession after but shares the subject of the clause before",
			"Trade minister Marta Ruiz said Brazil was open to talks but would not lower its steel duties unless Argentina scrapped its import quotas.",
			[]string{"Marta Ruiz OFFERED Proposal event conditional", "Proposal event CONDITIONED_ON Other event asserted"},
			[]string{"Sanction event CONDITIONED_ON Other event asserted"}},
		{"an unnamed body before but leaves the concession without a subject",
			"Rebel commander Ali Musa said his fighters had agreed to the ceasefire but would not disarm until a peace settlement was signed.",
			nil, []string{"Ali Musa OFFERED Proposal event conditional"}},
		{"a pledge of no attack is the condition, not the attack",
			"Chile said it would resume talks with Peru only if Lima guaranteed it would not attack Chilean boats again.",
			[]string{"Meeting event CONDITIONED_ON Other event asserted", "Chile DEMANDED Other event asserted"},
			[]string{"Meeting event CONDITIONED_ON Attack event asserted"}},
		{"a perfect tense still opens the condition",
			"Ghana said it would reopen the border only if Togo has ended its blockade of the port.",
			[]string{"Proposal event CONDITIONED_ON Other event asserted", "Ghana DEMANDED Other event asserted"}, nil},
		{"a condition that no deal comes is no deal",
			"Chile said it could impose tariffs on Peruvian copper from 1 June if no accord is struck.",
			[]string{"Chile SANCTIONED Peru conditional"}, []string{"Sanction event CONDITIONED_ON Agreement event asserted"}},
		{"suspending talks on a condition does not condition the talks",
			"Brazilian President Ana Duque warned that Brazil could suspend trade talks with Peru and Chile if the border fighting continued.",
			nil, []string{"Meeting event CONDITIONED_ON Attack event asserted"}},
		{"tariffs to be eased on a condition are not themselves conditioned",
			"A Kenyan adviser said the tariffs would be lifted only if Uganda stopped importing Iranian fuel.",
			nil, []string{"Sanction event CONDITIONED_ON Other event asserted"}},
		{"an offer told before another speaker is not what that speaker conditions",
			"Chile and Peru have also offered help, and the UN refugee agency said it was ready to fly in doctors if the Bolivian government asked for them.",
			nil, []string{"Proposal event CONDITIONED_ON Other event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

// TestConditionSides covers the sides given to a truce or deal named bare
// as a condition.
func TestConditionSides(t *testing.T) {
	tests := []struct {
		name, text string
		typ        graph.EventType
		want       []string
		absent     string
	}{
		{"a pronoun in the condition stands for the last speaker, not the last name",
			"Peruvian President Dina Vega said on Monday she was open to talks with Chilean President Jorge Soto. " +
				"Chile said it would not hold a summit unless she withdraws her remarks.",
			graph.OtherEvent, []string{"Dina Vega"}, "Jorge Soto"},
		{"a bare ceasefire is between the leaders' states",
			"Colombian President Ana Duque said she would meet Venezuelan President Luis Mora once a ceasefire was in place.",
			graph.Ceasefire, []string{"Colombia", "Venezuela"}, ""},
		{"a bare peace deal is between the sides of the war",
			"Chad and Sudan have fought a border war since 2024. Chadian President Idriss Kaba said Chad would reopen its embassy in Khartoum once a peace agreement was signed.",
			graph.Agreement, []string{"Chad", "Sudan"}, ""},
		{"a truce with parties of its own keeps them",
			"Chadian President Idriss Kaba said Chad would reopen its embassy in Khartoum once a truce between the army and the rebels was signed.",
			graph.Ceasefire, nil, "Chad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, tt.typ, tt.want)
			if tt.absent == "" {
				return
			}
			checkNoParty(t, tt.text, "2026-03-01", tt.typ, tt.absent)
		})
	}
}
