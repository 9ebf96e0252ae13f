package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestShutdownPlace(t *testing.T) {
	const lede = "Voters in Zambia queued from dawn on Thursday. "
	runEventCases(t, []eventCase{
		{name: "a nationwide cut is in the state the article opens on",
			text: lede + "The internet was switched off nationwide on Thursday, rights groups said.",
			typ:  graph.OtherEvent, title: "internet", loc: "Zambia"},
		{name: "a cut told without a state is in the article's state",
			text: lede + "Internet access has been largely shut down since Thursday.",
			typ:  graph.OtherEvent, loc: "Zambia"},
		{name: "a state's own blackout is in that state",
			text: lede + "Iran's internet blackout entered a third week.",
			typ:  graph.OtherEvent, title: "blackout", parts: []string{"Iran"}, loc: "Iran"},
	})
}

func TestInsurgencyNode(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state's insurgency is fought in it",
			text: "Mozambique's insurgency has displaced a million people, the agency said.",
			typ:  graph.OtherEvent, title: "insurgency", parts: []string{"Mozambique"}, loc: "Mozambique"},
	})
}

// TestOtherKindsApart checks that an "Other" mention with no party of its
// own joins no earlier "Other" event of another kind.
func TestOtherKindsApart(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // "Other" events
	}{
		{"a cut after a trial",
			"Voters in Zambia queued from dawn. The opposition leader Ana Mwale is on trial for treason. Internet access has been largely shut down since Thursday.", 2},
		{"a trial told twice",
			"The opposition leader Ana Mwale is on trial for treason. The trial resumed in Lusaka on Monday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-03-10")
			n := 0
			for _, e := range d.events {
				if e.typ == graph.OtherEvent {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d Other events, want %d", n, tt.want)
			}
		})
	}
}
