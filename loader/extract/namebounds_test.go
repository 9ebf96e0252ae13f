package extract

import "testing"

func TestNameBoundaries(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a possessive owner inside a party's name",
			"The Free Citizens' Party won twelve seats, and the United Farmers' Front lost two.",
			[]string{"Organization:Free Citizens' Party", "Organization:United Farmers' Front"}, nil},
		{"people's in the middle of a name",
			"Her Progressive People's Movement called the result a fraud.",
			[]string{"Organization:Progressive People's Movement"}, nil},
		{"former opens the sentence before an unlisted party",
			"Former Radical Party leader Tomas Ferreyra conceded on Sunday.",
			[]string{"Organization:Radical Party", "Person:Tomas Ferreyra"}, []string{"Organization:Former Radical Party"}},
		{"a level before an abbreviated civil title",
			"Officials spoke first. Provincial Gov. Oleksandr Vykhodets said the shelling went on.",
			[]string{"Person:Oleksandr Vykhodets"}, nil},
		{"a titled given name owns a surname that names a country",
			"Finance Minister Ana Chad presented the budget.",
			[]string{"Person:Ana Chad"}, []string{"Country:Chad"}},
		{"a one-word country after an untitled word stays a country",
			"Officials in Chad presented the budget.",
			[]string{"Country:Chad"}, nil},
		{"the Oval Office is a place",
			"The two presidents spoke in the Oval Office on Monday.",
			[]string{"Location:Oval Office"}, []string{"Organization:Oval Office"}},
		{"a UN mission named by its acronym",
			"The council renewed MINUSCA for another year.",
			[]string{"Organization:MINUSCA"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
