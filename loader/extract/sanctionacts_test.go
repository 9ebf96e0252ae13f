package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSanctionActs covers sanctions told by a verb and its object: aid
// cut or frozen, visas revoked, a member suspended from a body; the same
// verbs on other objects are no sanction.
func TestSanctionActs(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // participants of the one Sanction event; nil: no Sanction event
		claims []string
		absent []string
	}{
		{"aid frozen", "Denmark froze development aid to Burundi on Monday.",
			[]string{"Denmark", "Burundi"}, []string{"Denmark SANCTIONED Burundi asserted"}, []string{"Denmark AIDED Burundi asserted"}},
		{"the donor's own aid is no target", "Canada halted Canadian aid to Haiti in 2024.",
			[]string{"Canada", "Haiti"}, []string{"Canada SANCTIONED Haiti asserted"}, nil},
		{"a threatened aid cut", "Senator Paul Hume threatened to cut U.S. aid to Belize if the vote went ahead.",
			[]string{"Paul Hume", "Belize"}, []string{"Paul Hume SANCTIONED Belize conditional"}, []string{"Paul Hume SANCTIONED United States conditional"}},
		{"a member suspended", "The African Union on Friday suspended Gabon from all its bodies.",
			[]string{"African Union", "Gabon"}, []string{"African Union SANCTIONED Gabon asserted"}, nil},
		{"rates cut", "The central bank of Chile cut interest rates on Monday.", nil, nil, nil},
		{"a licence revoked", "Peru revoked the licence of the mining firm on Monday.", nil, nil, nil},
		{"a state suspending flights", "Qatar suspended flights to Lebanon on Monday.", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.Sanction, tt.want)
			checkClaims(t, tt.text, "2026-03-01", tt.claims, tt.absent)
		})
	}
}
