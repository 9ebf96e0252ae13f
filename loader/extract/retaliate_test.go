package extract

import "testing"

func TestRetaliationVows(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			"the object of the vow names the side answered",
			"Talks stalled in Vienna on Monday.\n\nAlgeria's Foreign Minister Karim Tazi called the statement \"unacceptable\" and said the country's army was ready to respond to any Moroccan move.",
			[]string{"Karim Tazi THREATENED Morocco asserted"},
			nil,
		},
		{
			"the deed in the subject names every side listed",
			"Talks stalled in Vienna on Monday.\n\nVenezuela's foreign ministry spokesman Luis Prieto said on Friday that any new Colombian or Brazilian \"provocation\" would be met with a firm response.",
			[]string{"Luis Prieto THREATENED Colombia asserted", "Luis Prieto THREATENED Brazil asserted"},
			nil,
		},
		{
			"the side the speaker accuses in the sentence is answered",
			"Talks stalled in Vienna on Monday.\n\nArmenian Prime Minister Nikol Pashinyan said Armenia would respond firmly and accused Azerbaijan of shelling border villages.",
			[]string{"Nikol Pashinyan THREATENED Azerbaijan asserted"},
			nil,
		},
		{
			"a vow that names no side answered threatens no one",
			"Talks stalled in Vienna on Monday.\n\nNorwegian Prime Minister Ola Strand said Norway stood prepared to respond and would raise the issue with Denmark.",
			nil,
			[]string{"Ola Strand THREATENED Denmark asserted"},
		},
		{
			"a refusal to respond is no vow",
			"Talks stalled in Vienna on Monday.\n\nArmenian Prime Minister Nikol Pashinyan said Armenia would not respond to Azerbaijan's remarks.",
			nil,
			[]string{"Nikol Pashinyan THREATENED Azerbaijan asserted"},
		},
		{
			"a question about a response is no vow",
			"Talks stalled in Vienna on Monday.\n\nAnalyst Maria Lind said it was unclear how Armenia would respond to Azerbaijan's move.",
			nil,
			[]string{"Maria Lind THREATENED Azerbaijan asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
