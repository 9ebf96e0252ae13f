package extract

import "testing"

func TestArrestedIn(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"an attache is no listed held person", "The trade attache was arrested in Spain in March on suspicion of spying.", nil},
		{"diplomat arrested in a state", "A Chilean diplomat was arrested in Peru in March on suspicion of spying.", []string{"Peru"}},
		{"suspects detained in a state", "Four suspects were detained in Ghana last week.", []string{"Ghana"}},
		{"arrested in a city", "Four suspects were detained in Accra last week.", nil},
	})
}
