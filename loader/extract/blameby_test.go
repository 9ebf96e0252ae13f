package extract

import "testing"

// TestBlameBy covers a word of blame whose doer comes with "by": the one
// who judges criticises the doer.
func TestBlameBy(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a quoted blame noun with its doer",
			"Moldovan President Maia Sandu rejected the terms, calling the condition \"open blackmail\" by Russia.",
			[]string{"Maia Sandu CRITICIZED Russia asserted"}, nil},
		{"a protest over remarks by a titled person, made by the state the spokesman speaks for",
			"Ministry spokesman Lars Holm told reporters that Norway had lodged a protest over \"hostile rhetoric\" by Russian Defence Minister Andrei Belousov.",
			[]string{"Norway CRITICIZED Andrei Belousov asserted"}, nil},
		{"a deed backed by several doers",
			"Armenian Defence Minister Suren Papikyan accused Azerbaijan of \"provocations\" backed by Turkey and Pakistan.",
			[]string{"Suren Papikyan CRITICIZED Turkey asserted", "Suren Papikyan CRITICIZED Pakistan asserted"}, nil},
		{"a quoted sponsoring",
			"Malian Prime Minister Abdoulaye Maiga said the gunmen belonged to a cell \"financed by Algeria\".",
			[]string{"Abdoulaye Maiga CRITICIZED Algeria asserted"}, nil},
		{"a plan backed by a state is no blame",
			"Kenyan President William Ruto said the plan backed by France would bring stability.",
			nil, []string{"William Ruto CRITICIZED France asserted"}},
		{"a denied blame is none",
			"Thai Prime Minister Anutin Charnvirakul said the strikes were not an \"aggression\" by Cambodia.",
			nil, []string{"Anutin Charnvirakul CRITICIZED Cambodia asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
