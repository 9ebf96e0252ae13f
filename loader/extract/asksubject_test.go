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
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
