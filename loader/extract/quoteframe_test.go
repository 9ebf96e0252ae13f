package extract

import "testing"

func TestQuoteFramePlaceNotHit(t *testing.T) {
	tests := []claimCase{
		{"where a quote about a strike was spoken is not where it hit",
			`Russian missiles struck Kremenchuk on Monday, killing four people. "Every such strike shows Moscow does not want peace," Zelensky told reporters in Kyiv.`,
			[]string{"Attack event OCCURRED_IN Kremenchuk asserted"},
			[]string{"Attack event OCCURRED_IN Kyiv asserted"}},
		{"curly quotes close the same way",
			"A car bomb killed six soldiers in Kidal on Sunday. “Our men are being killed every week,” the minister told reporters at the palace in Bamako.",
			[]string{"Attack event OCCURRED_IN Kidal asserted"},
			[]string{"Attack event OCCURRED_IN Bamako asserted"}},
		{"a place listed after the strike without a quote still counts",
			"Drones hit Odesa and Izmail on Tuesday, officials said.",
			[]string{"Attack event OCCURRED_IN Izmail asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
