package extract

import "testing"

// TestStanceObjects covers a stance verb whose object ends where a second
// predicate of its subject begins, and the coup and act nouns that stand
// for an event told before.
func TestStanceObjects(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a coup noun names the seizure told first, not the release asked for next",
			"Army officers seized power in Gabon on Tuesday and detained President Ali Bongo. The African Union condemned the takeover and demanded the swift release of Bongo.",
			[]string{"African Union CONDEMNED Other event asserted"},
			[]string{"African Union CONDEMNED Ali Bongo asserted"}},
		{"an unconstitutional change of government is the coup",
			"Soldiers seized power in Niger on Wednesday. Hundreds of supporters gathered in Niamey on Thursday. Traders closed their shops in the capital. Flights were suspended. The United Nations denounced any unconstitutional change of government.",
			[]string{"United Nations CONDEMNED Other event asserted"}, nil},
		{"an act noun names the raid told sentences before, not the visit promised next",
			"Gunmen raided two villages in Niassa province on Friday, killing 11 people. Hundreds of residents fled to the district town. Aid groups said food was running short. President Filipe Nyusi condemned \"this cowardly act\" and said he would travel to Niassa next week to meet survivors.",
			[]string{"Filipe Nyusi CONDEMNED Attack event asserted"},
			[]string{"Filipe Nyusi CONDEMNED Meeting event asserted"}},
		{"a condemnation followed by a demand of another actor condemns only its object",
			"Rebels shelled the town of Goma on Monday, killing six civilians. Kenya condemned the shelling and urged Rwanda to restrain the rebels.",
			[]string{"Kenya CONDEMNED Attack event asserted", "Kenya DEMANDED Rwanda asserted"},
			[]string{"Kenya CONDEMNED Rwanda asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
