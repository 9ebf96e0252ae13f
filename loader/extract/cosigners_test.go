package extract

import "testing"

func TestCosignerMeetings(t *testing.T) {
	runClaimCases(t, "2026-01-10", []claimCase{
		{"two signers of a passive signing met",
			"Ghana and Togo signed a border accord. The accord was signed in Accra by Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Robert Dussey.",
			[]string{"Kofi Mensah MET_WITH Robert Dussey asserted"}, nil},
		{"a signer and his counterpart both agree and met",
			"Chile and Peru signed a fisheries pact. The pact was signed by Chilean Foreign Minister Tomas Vidal and his Peruvian counterpart Rosa Luna.",
			[]string{"Rosa Luna AGREED Agreement event asserted", "Rosa Luna MET_WITH Tomas Vidal asserted"}, nil},
		{"signers of one state sign on one side",
			"Chile signed a fisheries pact with Peru. The pact was signed by Chilean Foreign Minister Tomas Vidal and Chilean Trade Minister Ana Soto.",
			nil, []string{"Tomas Vidal MET_WITH Ana Soto asserted"}},
		{"leaders who only agree to sign later have not met by it",
			"Ghanaian President John Mahama and Togolese President Faure Gnassingbe said they would sign a border accord next month.",
			nil, []string{"John Mahama MET_WITH Faure Gnassingbe asserted"}},
	})
}
