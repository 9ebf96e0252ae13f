package extract

import "testing"

func TestMediaDemonymNoParty(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{"a state's television spoken to after talks is no party to them",
			"Speaking to Chilean state television after the talks, Bolivian Foreign Minister Celinda Sosa said La Paz was ready to reopen the border.",
			[]string{"Celinda Sosa PARTICIPATED_IN Meeting event asserted"},
			[]string{"Chile PARTICIPATED_IN Meeting event asserted"}},
		{"state media that tell of a meeting take no part in it",
			"Peruvian state media said Boluarte would also meet Chilean President Gabriel Boric on Friday.",
			[]string{"Boluarte MET_WITH Gabriel Boric possible"},
			[]string{"Peru PARTICIPATED_IN Meeting event possible", "Peru MET_WITH Boluarte possible"}},
	})
}
