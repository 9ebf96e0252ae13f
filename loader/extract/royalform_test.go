package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRoyalForm(t *testing.T) {
	tests := []struct {
		name, text, person string
		form               string // a form the person must have; "" for none
		absent             string // a form the person must not have; "" for none
	}{
		{name: "a king's numbered name", text: "Morocco's King Hassan III opened the session.",
			person: "Hassan III", form: "King Hassan III"},
		{name: "a crown prince", text: "Crown Prince Faisal bin Nayef met the envoy in Riyadh.",
			person: "Faisal bin Nayef", form: "Crown Prince Faisal bin Nayef"},
		{name: "an emir", text: "Emir Hamad Al Khalifa received the delegation.",
			person: "Hamad Al Khalifa", form: "Emir Hamad Al Khalifa"},
		{name: "a president's title is no part of the name", text: "President Omar Sayed met the envoy.",
			person: "Omar Sayed", absent: "President Omar Sayed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			e := d.entityNamed(graph.Person, tt.person)
			if e == nil {
				t.Fatalf("no person %q among %q", tt.person, entities(d))
			}
			if tt.form != "" && !slices.Contains(e.forms, tt.form) {
				t.Errorf("forms %q, want %q among them", e.forms, tt.form)
			}
			if tt.absent != "" && slices.Contains(e.forms, tt.absent) {
				t.Errorf("forms %q, want no %q among them", e.forms, tt.absent)
			}
		})
	}
}
