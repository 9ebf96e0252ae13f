package extract

import "testing"

func TestAskSubject(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			// A pronoun is the one asked: the name inside the request is not.
			"Ramaphosa thanked the donors and urged them to step up pressure on Venezuela.",
			nil,
			[]string{"Cyril Ramaphosa DEMANDED Venezuela asserted", "Ramaphosa DEMANDED Venezuela asserted"},
		},
		{
			// The names after "with" are the first verb's objects; the envoy asks.
			"UN envoy Ana Castillo met Chilean Foreign Minister Pablo Rojas and Peru's Luis Vargas on Monday and urged Chile to reopen the border.",
			[]string{"Ana Castillo DEMANDED Chile asserted"},
			[]string{"Luis Vargas DEMANDED Chile asserted"},
		},
		{
			"Brazil and Chile urged Bolivia to hold talks.",
			[]string{"Brazil DEMANDED Bolivia asserted", "Chile DEMANDED Bolivia asserted"},
			nil,
		},
		{
			// A report verb between: the nearest name keeps the verb.
			"Officials said Ghana had failed and urged Togo to act.",
			nil,
			[]string{"Officials DEMANDED Togo asserted"},
		},
		{
			// A place in a dash compound says where the body sits; the body asks.
			"The Qatar-based Gulf Relief Network said it was alarmed and called on Sudan to open the border crossing.",
			[]string{"Gulf Relief Network DEMANDED Sudan asserted"},
			[]string{"Qatar DEMANDED Sudan asserted"},
		},
		{
			// Those asked are unnamed: the state they would help is not asked.
			"Peru called on donors to support Haiti.",
			nil,
			[]string{"Peru DEMANDED Haiti asserted"},
		},
		{
			"Ghana urged donors to fund Togo's reconstruction.",
			nil,
			[]string{"Ghana DEMANDED Togo asserted"},
		},
		{
			// What the unnamed asked are to bring about is still demanded.
			"Chile urged mediators to push Bolivia to accept the ceasefire.",
			[]string{"Chile DEMANDED Ceasefire event asserted"},
			[]string{"Chile DEMANDED Bolivia asserted"},
		},
		{
			// Those asked to press are asked; the pressing is theirs to do, not yet done.
			"Fiji urged Iceland and the European Union to press Samoa to sign a lasting accord.",
			[]string{"Fiji DEMANDED Iceland asserted", "Fiji DEMANDED European Union asserted"},
			[]string{"European Union DEMANDED Agreement event asserted", "Iceland DEMANDED Samoa asserted"},
		},
		{
			// A body asked to convene sits in the session; it is no party asked of.
			"Tonga urged the UN Security Council to convene an urgent meeting.",
			nil,
			[]string{"Tonga DEMANDED UN Security Council asserted"},
		},
		{
			// A named party asked stays asked.
			"Chile urged Bolivia to reopen the border.",
			[]string{"Chile DEMANDED Bolivia asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
