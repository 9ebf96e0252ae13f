package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestBodyPointedBack(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // the statement wanted, as statementEvents writes it; "" when none is
	}{
		{"the ministry after a named ministry",
			"Chile released 12 sailors on Monday, the Chilean Foreign Ministry said.\n\nThe ministry said in a statement that the sailors were in good health.",
			"Chilean Foreign Ministry statement: Chilean Foreign Ministry"},
		{"an armed group with a qualifier",
			"Fighters of the rebel group Kivu Liberation Front attacked a depot near Goma on Friday.\n\nThe armed group claimed the raid in a statement on Saturday.",
			"Kivu Liberation Front statement: Kivu Liberation Front"},
		{"a group told by where it is based, past a relative clause",
			"Fighters of the rebel group Kivu Liberation Front attacked a depot near Goma on Friday.\n\nThe Congo-based armed group, which is backed by Rwanda, claimed the raid in a statement on Saturday.",
			"Kivu Liberation Front statement: Kivu Liberation Front"},
		{"a regional bloc",
			"The Southern African Development Community met in Harare on Friday. The regional bloc said in a statement that elections must be held.",
			"Southern African Development Community statement: Southern African Development Community"},
		{"a readout issued by a ministry",
			"The two leaders agreed to reopen the border, according to a readout issued by the Chilean Foreign Ministry.",
			"Chilean Foreign Ministry readout: Chilean Foreign Ministry"},
		{"no body named before",
			"The armed group said in a statement that it would fight on.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementEvents(t, tt.text)
			if tt.want == "" {
				if len(got) > 0 {
					t.Errorf("got %q, want no statement", got)
				}
				return
			}
			if !slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, ": "+strings.SplitN(tt.want, ": ", 2)[1]) }) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
