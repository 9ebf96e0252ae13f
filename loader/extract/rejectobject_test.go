package extract

import "testing"

// TestRejectObjects covers what a rejection takes: a refusal to exclude is
// none, and a party named past its object or as its passive agent is not
// the one rejected.
func TestRejectObjects(t *testing.T) {
	tests := []claimCase{
		{"refused to rule out a meeting",
			"Chilean Foreign Minister Pedro Vargas on Monday refused to rule out a meeting with Bolivian President Luis Arce.",
			nil, []string{"Pedro Vargas REJECTED Meeting event asserted"}},
		{"refused a meeting",
			"Chilean Foreign Minister Pedro Vargas on Monday refused a meeting with Bolivian President Luis Arce.",
			[]string{"Pedro Vargas REJECTED Meeting event asserted"}, nil},
		{"an outlet told after a comma",
			"Economy Minister Pedro Vargas ruled out a tax rise, telling Radio Nacional on Monday that revenue was strong.",
			nil, []string{"Pedro Vargas REJECTED Radio Nacional asserted"}},
		{"a party named in what the rejection is called",
			"Peru dismissed the remarks as meddling by Chile.",
			nil, []string{"Peru REJECTED Chile asserted"}},
		{"a passive agent is not rejected",
			"The plan was praised by Chile and rejected by Bolivia.",
			nil, []string{"Chile REJECTED Bolivia asserted"}},
		{"the maker of a demand",
			"Peru has repeatedly rejected Bolivia's demands that it reopen the border.",
			[]string{"Peru REJECTED Bolivia asserted"}, nil},
		{"that demand answers the latest demand",
			"Peru demanded a withdrawal of Chilean troops from the Tacna region. Chile has repeatedly rejected that demand.",
			[]string{"Chile REJECTED Other event asserted"}, nil},
		{"a demand with no event asked is no referent",
			"Peru criticised Chile on Monday. Chile has repeatedly rejected that demand.",
			nil, []string{"Chile REJECTED Other event asserted"}},
	}
	runClaimCases(t, "2025-04-16", tests)
}
