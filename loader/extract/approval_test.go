package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestApprovalEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a chamber whose approval a deal awaits", typ: graph.OtherEvent, title: "approval",
			text:  "The pact signed in Rome will need approval of the European Parliament before it can enter into force.",
			parts: []string{"European Parliament"}},
		{name: "a state's approval of a sale", typ: graph.OtherEvent, title: "approval",
			text:  "Beijing summoned the envoy after Washington's approval of a new arms package for the Philippines.",
			parts: []string{"United States"}},
		{name: "approval withheld names no act", typ: graph.Sanction, title: "sanctions",
			text:   "Chile imposed sanctions on Peru after it built the dam without Bolivia's approval.",
			absent: graph.OtherEvent},
		{name: "a rating is no act", typ: graph.Sanction, title: "sanctions",
			text:   "The president's approval rating rose after Chile imposed sanctions on Peru.",
			absent: graph.OtherEvent},
	})
}

func TestApprovalAwaitedIsPossible(t *testing.T) {
	d := analyse(t, "The treaty still requires approval by the European Parliament, diplomats said.", "2026-01-10")
	found := false
	for _, m := range d.evs {
		if m.noun == "approval" {
			found = true
			if m.mod != graph.Possible {
				t.Errorf("approval awaited has modality %v, want possible", m.mod)
			}
		}
	}
	if !found {
		t.Error("no approval event")
	}
}
