package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCalledPartyObject covers calls whose other party is the object of
// the verb the channel follows, and calls "over phone" without "the".
func TestCalledPartyObject(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"the object of a greeting by telephone is called",
			"Russian President Vladimir Putin congratulated Emmanuel Macron by telephone on Sunday.",
			[]string{"Emmanuel Macron MET_WITH Vladimir Putin asserted"}, nil},
		{"a spoken call over phone",
			"Turkish President Recep Tayyip Erdogan discussed the grain corridor with Emmanuel Macron over phone.",
			[]string{"Emmanuel Macron MET_WITH Recep Tayyip Erdogan asserted"}, nil},
		{"a name called is a call",
			"Turkish President Recep Tayyip Erdogan called Emmanuel Macron on Sunday.",
			[]string{"Emmanuel Macron MET_WITH Recep Tayyip Erdogan asserted"}, nil},
		{"an outlet told by phone is no party",
			"Turkish President Recep Tayyip Erdogan told Reuters by phone that the corridor would stay open.",
			nil, []string{"Recep Tayyip Erdogan MET_WITH Reuters asserted"}},
	})
}

// TestCalledThingIsNoCall holds "called the U.S. decision a cynical
// stunt" for a judgement, not a telephone call.
func TestCalledThingIsNoCall(t *testing.T) {
	d := analyse(t, "A spokesman for the militia denied the charges and called the U.S. decision \"a cynical stunt\".", "2026-03-10")
	if got := docEvents(d, graph.Meeting); len(got) > 0 {
		t.Errorf("got %d meetings, want none: a decision is judged, not called", len(got))
	}
}
