package extract

import "testing"

func TestRecentStatePair(t *testing.T) {
	tests := []claimCase{
		{"a state and a demonym's state",
			"Ghana lodged a protest with the Togolese ambassador on Tuesday. The two countries agreed last year to reopen their border.",
			[]string{"Ghana AGREED Agreement event asserted", "Togo AGREED Agreement event asserted"}, nil},
		{"two ministers' states",
			"Kenyan Foreign Minister Paul Otieno said Ugandan Foreign Minister Grace Akello would visit. He said the two sides agreed on Monday to set up a trade commission.",
			[]string{"Kenya AGREED Agreement event asserted", "Uganda AGREED Agreement event asserted"}, nil},
		{"one side's act told last does not hide the pair",
			"Minister Ana Ruiz said Accra would respond if Lome refused to reopen the road. The two neighbours held talks about the road in Kumasi on April 23.",
			[]string{"Ghana PARTICIPATED_IN Meeting event asserted", "Togo PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a pair urged to talk is not reached for",
			"Ghana lodged a protest with the Togolese ambassador on Tuesday. A regional trade body urged both governments to hold talks.",
			nil, []string{"Ghana MET_WITH Togo possible"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
