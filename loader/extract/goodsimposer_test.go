package extract

import "testing"

func TestGoodsDemonymImposesNothing(t *testing.T) {
	runClaimCases(t, "2026-02-10", []claimCase{
		{name: "the duty doubled on the goods is the tariff's",
			text:   "Canada's tariffs on Chilean goods took effect on Monday, raising the levy on most farm exports to 30%.",
			want:   []string{"Canada SANCTIONED Chile asserted"},
			absent: []string{"Chile SANCTIONED Canada asserted"}},
	})
}

func TestGoodsDemonymMakesNoSecondMeasure(t *testing.T) {
	n := 0
	for _, e := range analyse(t, "Canada's tariffs on Chilean goods took effect on Monday, raising the levy on most farm exports to 30%.", "2026-02-10").output().Events {
		if e.Event.Type == "Sanction" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d sanctions, want 1", n)
	}
}
