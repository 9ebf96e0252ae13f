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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, tc.text, "2025-06-10", tc.want, tc.absent)
		})
	}
}
