package extract

import "testing"

func TestReceptionFrames(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{"a host and two named guests all meet, where the host received them",
			"Portuguese Prime Minister Luis Montenegro hosted Greek Prime Minister Kyriakos Mitsotakis and Danish Prime Minister Mette Frederiksen in Lisbon on Monday.",
			[]string{"Kyriakos Mitsotakis MET_WITH Luis Montenegro asserted", "Luis Montenegro MET_WITH Mette Frederiksen asserted",
				"Kyriakos Mitsotakis MET_WITH Mette Frederiksen asserted", "Meeting event OCCURRED_IN Lisbon asserted",
				"Luis Montenegro PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a leader welcomed to a capital meets the one who welcomed him",
			"Indonesian President Prabowo Subianto welcomed Chilean President Gabriel Boric to Jakarta on Tuesday.",
			[]string{"Gabriel Boric MET_WITH Prabowo Subianto asserted"}, nil},
		{"a state hosting named leaders is a party to the meeting",
			"Kazakhstan hosted Armenian Prime Minister Nikol Pashinyan on Wednesday.",
			[]string{"Kazakhstan MET_WITH Nikol Pashinyan asserted"}, nil},
		{"hosting a summit names no guest",
			"Brazil will host the BRICS summit next year.",
			nil, []string{"Brazil MET_WITH BRICS possible", "Brazil MET_WITH BRICS asserted"}},
		{"a seat hosted is no guest",
			"Austria, which hosts the IAEA, called the inspectors' report regrettable.",
			nil, []string{"Austria MET_WITH International Atomic Energy Agency asserted",
				"Austria PARTICIPATED_IN Meeting event asserted"}},
		{"a guest named after his state's possessive is the guest, not the state",
			"Kenyan President William Ruto hosted Uganda's Yoweri Museveni and Tanzania's Samia Suluhu Hassan for talks in Nairobi on Friday.",
			[]string{"William Ruto PARTICIPATED_IN Meeting event asserted", "Yoweri Museveni PARTICIPATED_IN Meeting event asserted",
				"Samia Suluhu Hassan PARTICIPATED_IN Meeting event asserted"}, nil},
		{"welcoming a state's decision is no meeting",
			"Chile welcomed Peru's decision to reopen the crossing.",
			nil, []string{"Chile MET_WITH Peru asserted", "Chile PARTICIPATED_IN Meeting event asserted"}},
	})
}
