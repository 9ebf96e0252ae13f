package extract

import "testing"

func TestRejectionScope(t *testing.T) {
	const count = "Paraguay held a presidential election on Sunday. The electoral tribunal chairman Ramon Acosta declared President Luis Benitez the winner in Asuncion late on Tuesday.\n\n"
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			"a second predicate's object is not the rejection's",
			count + "Opposition leader Carla Duarte rejected the results and accused Benitez's ruling party of buying votes.",
			[]string{"Carla Duarte REJECTED Statement event asserted"},
			[]string{"Carla Duarte REJECTED Luis Benitez asserted"},
		},
		{
			"a rejection with its object alone keeps it",
			count + "Opposition leader Carla Duarte rejected the results.",
			[]string{"Carla Duarte REJECTED Statement event asserted"},
			nil,
		},
		{
			"a side participle after a comma is not the rejection's object",
			"Portugal's President Tiago Neves accused Madrid of keeping a garrison on the border.\n\n" +
				"The Spanish Foreign Ministry rejected the accusation, saying the troops protect Portuguese farmers.",
			[]string{"Spanish Foreign Ministry REJECTED Tiago Neves asserted"},
			[]string{"Spanish Foreign Ministry REJECTED Portugal asserted"},
		},
		{
			"the statement a rejection is made in is not its object",
			"Gabon's President Alain Mba accused Montevideo of keeping a garrison on the border.\n\n" +
				"The Uruguayan Foreign Ministry rejected the accusation in a brief statement issued on Tuesday.",
			[]string{"Uruguayan Foreign Ministry REJECTED Alain Mba asserted"},
			[]string{"Uruguayan Foreign Ministry REJECTED Statement event asserted"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, tc.text, "2025-06-10", tc.want, tc.absent)
		})
	}
}
