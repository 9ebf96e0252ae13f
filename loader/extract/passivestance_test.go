package extract

import "testing"

func TestPassiveStance(t *testing.T) {
	runClaimCases(t, "2026-05-01", []claimCase{
		{
			"the one after by judges the subject",
			"Norway was condemned by Chile for the blockade of the harbour.",
			[]string{"Chile CONDEMNED Norway asserted"},
			[]string{"Norway CONDEMNED Chile asserted"},
		},
		{
			"an apposition does not stand for the judged subject",
			"Hamas held a rally in Gaza on Monday.\n\nThe group, part of a wider Islamist alliance backed by Iran, has been blamed by Israel for rocket fire.",
			[]string{"Israel CRITICIZED Hamas asserted"},
			[]string{"Hamas CRITICIZED Israel asserted", "Israel CRITICIZED Iran asserted"},
		},
		{
			"every member of a listed subject is judged",
			"Chile and Peru have been sharply criticised by Brazil.",
			[]string{"Brazil CRITICIZED Chile asserted", "Brazil CRITICIZED Peru asserted"},
			[]string{"Chile CRITICIZED Brazil asserted"},
		},
		{
			"every judge of a by-list judges",
			"Norway was criticised by Chile and Peru.",
			[]string{"Chile CRITICIZED Norway asserted", "Peru CRITICIZED Norway asserted"},
			nil,
		},
		{
			"a judge is no attacker",
			"Norway shelled the port of Arica on Monday. The shelling of Arica was condemned by Chile.",
			[]string{"Norway PERPETRATED Attack event asserted", "Chile CONDEMNED Attack event asserted"},
			[]string{"Chile PERPETRATED Attack event asserted"},
		},
	})
}
