package extract

import "testing"

func TestListedPlacesShareTheEvent(t *testing.T) {
	runClaimCases(t, "2026-04-01", []claimCase{
		{"a list before a plural unit", "The grid operator Volta announced power cuts in the Dravia, Kelmor and Ostrava regions on Monday.",
			[]string{"Other event OCCURRED_IN Kelmor asserted", "Other event OCCURRED_IN Ostrava asserted"}, nil},
		{"two cities joined by and", "Police opened fire on protesters in the western cities of Tabriz and Urmia on Friday.",
			[]string{"Attack event OCCURRED_IN Tabriz asserted", "Attack event OCCURRED_IN Urmia asserted"}, nil},
		{"a port named through its unit", "Riots broke out in Lima and the neighbouring port of Callao on Sunday.",
			[]string{"Protest event OCCURRED_IN Lima asserted", "Protest event OCCURRED_IN Callao asserted"}, nil},
		{"a repeated preposition and a plural unit", "Riots broke out in Lima and in the cities of Arequipa and Cusco on Sunday.",
			[]string{"Protest event OCCURRED_IN Arequipa asserted", "Protest event OCCURRED_IN Cusco asserted"}, nil},
		{"places left behind", "The truce requires the militia to withdraw from Mosul and Sinjar, the ministry said.",
			[]string{"Other event OCCURRED_IN Mosul asserted"}, []string{"Other event OCCURRED_IN Sinjar asserted"}},
	})
}
