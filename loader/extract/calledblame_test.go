package extract

import "testing"

// TestJudgedRelations covers criticism told by naming a deed harshly
// ("called the tariffs unfair") and charges laid against a body named
// before by a common noun ("accused the union of ...").
func TestJudgedRelations(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a measure called unfair",
			`Hungary imposed new tariffs on Serbian wheat on Monday. Serbian President Aleksandar Vucic called the tariffs "deeply unfair" and said Belgrade would respond.`,
			[]string{"Aleksandar Vucic CRITICIZED Sanction event asserted"}, nil},
		{"a judged noun stands for the latest deed",
			`Hungary imposed new tariffs on Serbian wheat on Monday. Serbian President Aleksandar Vucic called the move "a betrayal of good neighbourliness".`,
			[]string{"Aleksandar Vucic CRITICIZED Sanction event asserted"}, nil},
		{"a participle takes the clause's subject",
			`Hungary imposed new tariffs on Serbian wheat on Monday. "We will answer," said Serbian President Aleksandar Vucic, calling the tariffs "arbitrary".`,
			[]string{"Aleksandar Vucic CRITICIZED Sanction event asserted"}, nil},
		{"a kind word is no blame",
			`Hungary and Serbia signed a trade agreement on Monday. Serbian President Aleksandar Vucic called the agreement "a new chapter".`,
			nil, []string{"Aleksandar Vucic CRITICIZED Agreement event asserted"}},
		{"the army of a charge",
			`The Sudanese army rejected the truce on Monday. General Ahmed Omar accused the army of prolonging the war.`,
			[]string{"Ahmed Omar CRITICIZED Sudanese army asserted"}, nil},
		{"the union named by its description",
			`Ghana's powerful GTUC trade union federation called a general strike on Thursday. President John Mensah accused the union of "serving foreign interests".`,
			[]string{"John Mensah CRITICIZED GTUC asserted"}, nil},
		{"the union is no international bloc",
			`The European Union imposed sanctions on Iran. Kenyan President William Ruto accused the union of "meddling".`,
			nil, []string{"William Ruto CRITICIZED European Union asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

// TestAskedRulers covers demands made of "the authorities" named just
// before, and of no one who would only carry out what is asked.
func TestAskedRulers(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"the authorities named in the sentence before",
			"Soldiers in Gabon seized the president on Sunday. Namibia expressed support for the Gabonese authorities. The African Union called for restraint, and urged the authorities to free those held.",
			[]string{"African Union DEMANDED Gabon asserted"},
			[]string{"African Union DEMANDED Gabon possible"}},
		{"an inquiry by a body asks nothing of it",
			"Uruguayan President Marta Olivera said two of the dead were sailors, and called for an inquiry by the United Nations.",
			nil, []string{"Marta Olivera DEMANDED United Nations asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

// TestCommunityDemonyms covers a demonym written before another state's
// ("Turkish Cypriot"): it names a community of the second state, so the
// first state takes no part in what its leaders do.
func TestCommunityDemonyms(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"community leaders meet",
			"Greece, Turkey and Britain back the process. Greek Cypriot and Turkish Cypriot leaders held talks on Friday in Vienna, hosted by UN envoy Maria Holm.",
			[]string{"Maria Holm PARTICIPATED_IN Meeting event asserted"},
			[]string{"Greece MET_WITH Turkey asserted", "Cyprus MET_WITH Greece asserted", "Greece PARTICIPATED_IN Meeting event asserted"}},
		{"a community leader by name",
			"Greece and Turkey back the process. UN envoy Maria Holm held talks with Cypriot President Andreas Nikolaou and Turkish Cypriot leader Mehmet Kaya in Nicosia on Monday.",
			[]string{"Maria Holm MET_WITH Mehmet Kaya asserted"}, []string{"Turkey MET_WITH Andreas Nikolaou asserted", "Turkey MET_WITH Maria Holm asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
