package extract

import "testing"

func TestDeportations(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"deported people of a named state", "Ghana and Togo met in Accra. Ties soured after Togolese police deported four Ghanaian journalists in May.",
			[]string{"Togo", "Ghana"}},
		{"participle with a destination", "The envoys discussed the fate of Moldovan families deported to Russia.", []string{"Russia"}},
		{"passive with a destination", "Officials say some 300 migrants have been deported to Libya this year.", []string{"Libya"}},
		{"asked to deport", "Washington urged Ankara to deport foreign fighters.", nil},
		{"policy with nobody deported", "The minister vowed the government would deport criminals.", nil},
	})
}
