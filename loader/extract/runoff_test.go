package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRunOffSpellings reads the British "run-off" as the vote "runoff" is.
func TestRunOffSpellings(t *testing.T) {
	for _, text := range []string{
		"Opposition leader Ivo Marek won the presidential runoff against President Karl Weber, the electoral commission said on Saturday.",
		"Opposition leader Ivo Marek won the presidential run-off against President Karl Weber, the electoral commission said on Saturday.",
	} {
		d := analyse(t, text, "2025-10-12")
		n := 0
		for _, e := range d.events {
			if e.typ == graph.Election {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: got %d elections, want 1", text, n)
		}
	}
}
