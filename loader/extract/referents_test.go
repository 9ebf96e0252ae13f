package extract

import "testing"

// TestTypedReferentRejected checks that a stance verb whose object names an
// event by its kind links to the event of that word told before, over
// events told in between.
func TestTypedReferentRejected(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		want, none []string
	}{
		{
			name: "recognition told sentences before",
			text: "Peru on Monday announced its recognition of Transnistria as an independent state. " +
				"Peru's foreign minister said the two sides would open embassies. " +
				"The Moldovan cabinet held an emergency meeting in Chisinau on Tuesday. " +
				"Ghana and the Arab League rejected the recognition.",
			want: []string{"Ghana REJECTED Other event asserted", "Arab League REJECTED Other event asserted"},
			none: []string{"Ghana REJECTED Meeting event asserted"},
		},
		{
			name: "sanctions named by their kind",
			text: "Canada imposed sanctions on four Malian generals on Monday. Mali rejected the sanctions.",
			want: []string{"Mali REJECTED Sanction event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-04", tt.want, tt.none)
		})
	}
}

// TestReportClauseNotRejected checks that rejecting a report about a
// happening does not reject an event the report's words name.
func TestReportClauseNotRejected(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		want, none []string
	}{
		{
			name: "reports that the deal meant",
			text: "Peru signed a deal with Chile on Monday to buy six frigates. " +
				"Peru's defence ministry rejected suggestions that the accord meant Lima would cancel its order for ten jets.",
			none: []string{"Peru's Defence Ministry REJECTED Agreement event asserted"},
		},
		{
			name: "the plan itself is still rejected",
			text: "Chile on Monday proposed a plan to share the lithium revenue with Bolivia. Bolivia rejected the plan on Tuesday.",
			want: []string{"Bolivia REJECTED Proposal event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-04", tt.want, tt.none)
		})
	}
}
