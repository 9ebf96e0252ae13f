package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

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

func TestRelativeClauseEndsAtItsComma(t *testing.T) {
	tests := []struct {
		name, text string
		absent     string // a name the meeting may not take
	}{
		{"the main verb's object after the clause",
			"Vice President Tom Reyes, who visited Lima in March, accused Chile last week of neglect.", "Chile"},
		{"the main verb's speech after the clause",
			"Senator Ana Ruiz, who met Peruvian officials in Lima, said Chile had been told.", "Chile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoParty(t, tt.text, "2026-05-10", graph.Meeting, tt.absent)
		})
	}
}
