package extract

import "testing"

func TestRelativeSubject(t *testing.T) {
	runClaimCases(t, "2026-05-01", []claimCase{
		{
			"the source of a toll judges in its relative clause",
			"Shelling killed nine people in the town, according to the World Health Organization, which blamed Hamas.",
			[]string{"World Health Organization CRITICIZED Hamas asserted"},
			nil,
		},
		{
			"a relative clause after a plain subject changes nothing",
			"Chile, which has long condemned Norway, recalled its envoy.",
			[]string{"Chile CONDEMNED Norway asserted"},
			nil,
		},
	})
}
