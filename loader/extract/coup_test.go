package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCoupEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "control of the country is a takeover in it", typ: graph.OtherEvent, title: "takeover",
			text: "Soldiers in Niger said on state radio they had taken control of the country.", loc: "Niger"},
		{name: "quoted full control", typ: graph.OtherEvent, title: "takeover",
			text: "Officers in Burkina Faso announced that they had seized \"full control\" of the state.", loc: "Burkina Faso"},
		{name: "country subject of seized power is the place", typ: graph.OtherEvent, title: "takeover",
			text: "Army officers in Chad said they had seized power and dissolved the assembly.", loc: "Chad"},
		{name: "deposed by a named body", typ: graph.OtherEvent, title: "ouster",
			text:  "The National Salvation Front said it had deposed President Alpha Kone.",
			parts: []string{"Alpha Kone"}},
		{name: "background coup takes the country named before it", typ: graph.OtherEvent, title: "coup",
			text: "Chad has been governed by a military council since a 2021 coup.", loc: "Chad"},
		{name: "a foiled coup plot in a headline", typ: graph.OtherEvent, title: "coup plot",
			text: "Chad says it foiled coup plot, accuses Sudan of harbouring sponsors", loc: "Chad"},
		{name: "a plot to overthrow the president", typ: graph.OtherEvent, title: "plot",
			text: "Guinea's ruling junta said on Friday it had thwarted a plot to topple the interim leader.", loc: "Guinea"},
		{name: "coup after a led-by aside", typ: graph.OtherEvent, title: "coup",
			text: "Niger's junta, led by General Amadou Sani since a coup in July 2023, has not answered.", loc: "Niger"},
	})
	tests := []struct {
		name, text string
	}{
		{"rebels taking a town", "Rebels took control of the town of Kalehe on Monday."},
		{"arms control", "Russia and the United States discussed arms control in Geneva."},
		{"the deposed leader", "The deposed president of Niger remained under guard."},
		{"a coup alleged with no country", "The minister accused the opposition of plotting a coup."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == graph.OtherEvent && (strings.Contains(r.Event.Name, "takeover") || strings.Contains(r.Event.Name, "ouster") || strings.Contains(r.Event.Name, "coup")) {
					t.Errorf("got %s event %q, want none", r.Event.Type, r.Event.Name)
				}
			}
		})
	}
}
