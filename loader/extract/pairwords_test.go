package extract

import "testing"

func TestPairPhraseForms(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			"Chad and Sudan traded accusations on Monday. The European Union urged the two neighbours to exercise restraint.",
			[]string{"European Union DEMANDED Chad asserted", "European Union DEMANDED Sudan asserted"},
			nil,
		},
		{
			"Chad and Sudan traded accusations on Monday. The European Union urged the two nuclear-armed neighbours to exercise restraint.",
			[]string{"European Union DEMANDED Chad asserted", "European Union DEMANDED Sudan asserted"},
			nil,
		},
		{
			// "The two leaders" are people: never the states or groups named together.
			"The truce between Ghana and Togo held on Monday. The two leaders met for three hours.",
			nil,
			[]string{"Ghana MET_WITH Togo asserted", "Togo MET_WITH Ghana asserted"},
		},
		{
			// Who reports a group's meeting does not take part in it.
			"Peru and Chile held talks in Lima on Monday. A Foreign Ministry spokesperson said both sides had agreed to talk again soon.",
			[]string{"Peru PARTICIPATED_IN Meeting event possible"},
			[]string{"Foreign Ministry PARTICIPATED_IN Meeting event possible", "Peru MET_WITH Foreign Ministry possible"},
		},
		{
			// A count with no pair named before resolves nothing.
			"The European Union urged the two neighbours to exercise restraint.",
			nil,
			[]string{"European Union DEMANDED Chad asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}

func TestGroupWordsLength(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"the two neighbours met", 3},
		{"the two nuclear-armed neighbours met", 6},
		{"the warring parties met", 3},
		{"the two Asian neighbours met", 4},
		{"the two Iranian states met", 0},
		{"both armies withdrew", 2},
		{"the two delegations met", 0},
		{"the two men met", 0},
		{"the rival candidates met", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-03-01")
			if got := d.groupWords(0); got != tt.want {
				t.Errorf("groupWords(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}
