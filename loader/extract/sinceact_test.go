package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSinceAct holds an act that "since" measures from apart from the act
// the article reports, even when both fall in the report's year.
func TestSinceAct(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		agreements int
	}{
		{"a treaty since which the protocol is the first deal",
			"Ruritania and Ostland have signed a protocol fixing a stretch of their border, the first such deal since the two states signed a peace treaty earlier this year.",
			2},
		{"a protocol and the treaty it carries out",
			"Ruritania and Ostland have signed a protocol fixing a stretch of their border under a peace treaty signed earlier this year.",
			1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := len(docEvents(analyse(t, tt.text, "2026-09-08"), graph.Agreement)); n != tt.agreements {
				t.Errorf("got %d agreements, want %d", n, tt.agreements)
			}
		})
	}
}
