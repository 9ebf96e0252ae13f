package extract

import "testing"

// TestOccasionSubjectShapes checks the shapes of a sentence-opening
// subject that still hold the talks a deal was struck after: a name with
// its acronym in brackets, a state's army, a subject past a dateline.
func TestOccasionSubjectShapes(t *testing.T) {
	tests := []claimCase{
		{"a name with its acronym in brackets stays a subject",
			"The Philippine government and the Moro National Liberation Front (MNLF) signed a truce in Davao after three days of talks in Oslo.",
			[]string{"Moro National Liberation Front PARTICIPATED_IN Meeting event asserted", "Philippines PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a state's army before the other side is the state",
			"Sudan's army and the Rapid Support Forces agreed to a truce in El Fasher following two days of talks in Geneva.",
			[]string{"Sudan PARTICIPATED_IN Meeting event asserted", "Rapid Support Forces PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a dateline closed by a double hyphen is not the subject",
			"DOHA, May 3 (Xinhua) -- The Philippine government and the Moro National Liberation Front signed a truce after two days of talks in Oslo.",
			[]string{"Moro National Liberation Front PARTICIPATED_IN Meeting event asserted", "Philippines PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a dateline closed by a spaced hyphen is not the subject",
			"VALLETTA, January 9 - Maltese Prime Minister Karl Borg and Tunisian President Amel Ferchichi agreed on Friday to double ferry links, following talks at the Auberge de Castille.",
			[]string{"Karl Borg PARTICIPATED_IN Meeting event asserted", "Amel Ferchichi PARTICIPATED_IN Meeting event asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
