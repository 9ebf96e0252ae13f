package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestMinistryBeforeTitleKeepsWrittenForm(t *testing.T) {
	tests := []struct {
		name, text, ministry, form string
	}{
		{"a demonym before the ministry", "Turkish foreign ministry spokesman Ali Demir rejected the claim.", "Turkey's foreign ministry", "Turkish foreign ministry"},
		{"a possessive before the ministry", "Egypt's health ministry spokesman Omar Nabil gave the toll.", "Egypt's health ministry", "Egypt's health ministry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			e := d.entityNamed(graph.Organization, tt.ministry)
			if e == nil {
				t.Fatalf("no ministry %q among %q", tt.ministry, entities(d))
			}
			if !slices.Contains(e.forms, tt.form) {
				t.Errorf("forms %q, want %q among them", e.forms, tt.form)
			}
		})
	}
}
