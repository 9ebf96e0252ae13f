package extract

import (
	"testing"
)

func TestPersonCues(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a name after the resignation of is a person's",
			"Students called for the resignation of Olek Varandi, organisers said.",
			[]string{"Person:Olek Varandi"}, nil},
		{"a relative who after a lone surname marks a person",
			"Varandi, who has governed Estonia since 2011, spoke on radio.",
			[]string{"Person:Varandi"}, nil},
		{"a title in apposition at the end of the sentence",
			"Kenya held talks with Estonia's president, Olek Marten Varandi. Mr Varandi left.",
			[]string{"Person:Olek Marten Varandi"}, []string{"Person:Varandi"}},
		{"a name owning words after in is a person's",
			"Each strike answers all who still trust in Varandi's words, the mayor said.",
			[]string{"Person:Varandi"}, []string{"Location:Varandi"}},
		{"a place owning a square after in stays a place",
			"Protesters gathered in Vardelo's main square on Monday.",
			[]string{"Location:Vardelo"}, []string{"Person:Vardelo"}},
		{"a body after of stays a body",
			"Students called for the resignation of the Ruling Council.",
			nil, []string{"Person:Ruling Council"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
