package extract

import "testing"

func TestOwnSideStances(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			// a state body never rejects its own state: the demonym sits inside what it rejects
			"Russia summoned the Moldovan envoy. The Kremlin rejected accusations of Russian interference.",
			nil,
			[]string{"Kremlin REJECTED Russia asserted"},
		},
		{
			// nor does a spokesman of that body
			"Kremlin spokesman Dmitry Peskov dismissed any plan that would leave Russia without guarantees.",
			nil,
			[]string{"Dmitry Peskov REJECTED Russia asserted"},
		},
		{
			// a demand of another state stays
			"Polish Foreign Minister Anna Nowak urged Belarus to release the detained journalists.",
			[]string{"Anna Nowak DEMANDED Belarus asserted"},
			nil,
		},
		{
			// a leader carried over from the sentence before judges her own state's handling, not the state
			"Chilean President Marta Rivas visited flooded towns in the south on Monday. She called Chile's response to the storms shameful and promised new funds.",
			[]string{"Marta Rivas LEADS Chile asserted"},
			[]string{"Marta Rivas CRITICIZED Chile asserted"},
		},
		{
			// the doer of a seizure does not blame its own deed
			"CAIRO (AP) - The Egyptian navy seized a foreign cargo ship off Alexandria on Sunday, accusing it of smuggling weapons, state media reported.",
			[]string{"Egyptian navy PERPETRATED Attack event asserted"},
			[]string{"Egyptian navy CRITICIZED Attack event asserted"},
		},
		{
			// another state's criticism of a leader stays
			"Chilean President Marta Rivas closed the border crossing on Monday. Argentina called Chile's decision reckless.",
			[]string{"Argentina CRITICIZED Chile asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}

func TestAttackablePlace(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			"Iranian drones struck a cargo ship in the Red Sea on Monday.",
			nil,
			[]string{"Iran ATTACKED Red Sea asserted"},
		},
		{
			"Indian troops opened fire across the Line of Control on Monday, wounding three people.",
			nil,
			[]string{"India ATTACKED Line of Control asserted"},
		},
		{
			// a place inside one state is hit itself
			"Russian missiles struck Kharkiv on Monday, killing four people.",
			[]string{"Russia ATTACKED Kharkiv asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
