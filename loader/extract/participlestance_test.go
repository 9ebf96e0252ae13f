package extract

import "testing"

// TestParticipleStanceSubject covers who blames in a participle after a
// comma, who goes on to blame after reporting a perfect, and whose name a
// bracketed acronym repeats.
func TestParticipleStanceSubject(t *testing.T) {
	tests := []claimCase{
		{"the sentence's subject accuses, not a name inside the clause before the comma",
			"Finnish Prime Minister Petteri Orpo extended the closure of crossings named in the Estonia-Latvia protocol, accusing Russia of sending migrants to the border.",
			[]string{"Petteri Orpo CRITICIZED Russia asserted"}, []string{"Latvia CRITICIZED Russia asserted"}},
		{"a list opening a clause accuses as a whole",
			"The measures took effect on Monday, after Norway, Sweden and Denmark invoked the clause last week, accusing Belarus of breaching the accord.",
			[]string{"Norway CRITICIZED Belarus asserted", "Sweden CRITICIZED Belarus asserted", "Denmark CRITICIZED Belarus asserted"}, nil},
		{"a teller named after the clause keeps the charge",
			"Georgian drones struck the depot overnight, Armenia said, accusing Georgia of provocation.",
			[]string{"Armenia CRITICIZED Georgia asserted"}, nil},
		{"the teller accuses after reporting what the own state had done",
			"Moldovan Foreign Minister Mihai Popsoi said Chisinau had accepted the monitoring plan in full and accused Russia of stalling the talks.",
			[]string{"Mihai Popsoi CRITICIZED Russia asserted"}, []string{"Moldova CRITICIZED Russia asserted"}},
		{"a bracketed acronym repeats the name it follows; the leader before it acts",
			"Amadou Kane, leader of the Mauritanian Renewal Union (TAJDID), who was kept off the ballot, criticised the election.",
			[]string{"Amadou Kane CRITICIZED Election event asserted"},
			[]string{"Mauritanian Renewal Union CRITICIZED Election event asserted"}},
		{"a word of contempt after the object of a verb of naming blames",
			"Amadou Kane, leader of the Mauritanian Renewal Union (TAJDID), who was kept off the ballot, called the election \"a charade\".",
			[]string{"Amadou Kane CRITICIZED Election event asserted"}, nil},
	}
	runClaimCases(t, "2025-04-16", tests)
}
