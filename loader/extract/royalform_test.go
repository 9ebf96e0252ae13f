package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRoyalForm(t *testing.T) {
	tests := []struct {
		name, text, person, form string
	}{
		{"a king's numbered name", "Morocco's King Hassan III opened the session.", "Hassan III", "King Hassan III"},
		{"a crown prince", "Crown Prince Faisal bin Nayef met the envoy in Riyadh.", "Faisal bin Nayef", "Crown Prince Faisal bin Nayef"},
		{"an emir", "Emir Hamad Al Khalifa received the delegation.", "Hamad Al Khalifa", "Emir Hamad Al Khalifa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			e := d.entityNamed(graph.Person, tt.person)
			if e == nil {
				t.Fatalf("no person %q among %q", tt.person, entities(d))
			}
			if !slices.Contains(e.forms, tt.form) {
				t.Errorf("forms %q, want %q among them", e.forms, tt.form)
			}
		})
	}
}

func TestRoyalFormNeedsTitle(t *testing.T) {
	d := analyse(t, "President Omar Sayed met the envoy.", "2025-01-01")
	if e := d.entityNamed(graph.Person, "Omar Sayed"); e == nil || slices.Contains(e.forms, "President Omar Sayed") {
		t.Errorf("want Omar Sayed without a titled form, got %v", e)
	}
}
