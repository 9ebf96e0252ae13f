package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPairMadeAgreements(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"the two countries agreed a truce",
			"Chile and Peru traded fire on Monday. Lima accused Santiago of breaking the truce the two countries agreed in Quito in March.",
			[]string{"Chile AGREED Ceasefire event asserted", "Peru AGREED Ceasefire event asserted"}, nil},
		{"a deal the two sides reached, discussed at future talks",
			"Norway and the European Union are at odds over fishing quotas. Officials will review the fisheries agreement that the two sides reached last spring.",
			[]string{"Norway AGREED Agreement event asserted", "European Union AGREED Agreement event asserted"}, nil},
		{"the two leaders name no sides",
			"Chilean President Ana Soto met Peruvian President Luis Vega in Quito on Monday. Both praised the border pact the two leaders signed in March.",
			nil, []string{"Chile AGREED Agreement event asserted"}},
		{"a deal the two sides may sign is not made",
			"Chile and Peru traded fire on Monday. Mediators drafted a ceasefire the two countries could sign next week.",
			nil, []string{"Chile AGREED Ceasefire event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-12", tt.want, tt.absent)
		})
	}
}

func TestPairMadeAgreementTime(t *testing.T) {
	tests := []struct {
		name string
		text string
		want graph.Date // Start and Precision: the deal's own month, not the meeting's day
	}{
		{"the deal keeps its own month, not the talks' day",
			"Norway and the European Union are at odds over quotas. Norway's envoy is due to meet the bloc's fisheries chief in Oslo on Thursday to review the details of the fisheries agreement the two sides reached in May 2024.",
			graph.Date{Start: "2024-05-01", Precision: graph.Month}},
		{"a place before the month",
			"Chile and Peru traded fire on Monday. Lima accused Santiago of breaking the truce the two countries agreed in Quito in February.",
			graph.Date{Start: "2025-02-01", Precision: graph.Month}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-03-12").output()
			found := false
			for _, r := range g.Events {
				e := r.Event
				if e.Type != graph.Agreement && e.Type != graph.Ceasefire {
					continue
				}
				found = true
				if e.Date.Start != tt.want.Start || e.Date.Precision != tt.want.Precision {
					t.Errorf("date of %s: got %v, want %v", e.Name, e.Date, tt.want)
				}
			}
			if !found {
				t.Errorf("got no agreement in %q", tt.text)
			}
		})
	}
}
