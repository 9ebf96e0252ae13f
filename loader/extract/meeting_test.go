package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// meetingEvents returns the article's meetings as "participants | place",
// participants sorted, in output order.
func meetingEvents(t *testing.T, text string) []string {
	t.Helper()
	g := analyse(t, text, "2025-04-16").output()
	names := entityNames(g)
	var out []string
	for _, r := range g.Events {
		if r.Event.Type != graph.Meeting {
			continue
		}
		parts := participantNames(r.Event, names)
		sort.Strings(parts)
		out = append(out, strings.Join(parts, ", ")+" | "+names[r.Event.LocationID])
	}
	sort.Strings(out)
	return out
}

func TestMeetingParties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // every meeting, as meetingEvents writes it
	}{
		{"the two leaders after a visiting guest",
			"Chilean President Rosa Vidal and visiting Peruvian President Marco Ruiz signed a trade pact on Monday. The two leaders held talks for two hours.",
			[]string{"Marco Ruiz, Rosa Vidal | "}},
		{"the two leaders after a counterpart",
			"Thai Prime Minister Somchai Prasert and his Cambodian counterpart Hun Sokha signed a border pact. The two leaders held talks for an hour.",
			[]string{"Hun Sokha, Somchai Prasert | "}},
		{"a meeting on the sidelines of a summit",
			"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on the sidelines of the AU summit in Addis Ababa.",
			[]string{"Abiy Ahmed, William Ruto | Addis Ababa", "African Union | Addis Ababa"}},
		{"a visitor travelling for talks",
			"EU trade commissioner Anna Berg will travel to Canberra on Friday for talks with US Commerce Secretary John Hale.",
			[]string{"Anna Berg, John Hale | Canberra"}},
		{"a visitor travelling on for a summit",
			"Dutch Prime Minister Pieter Smit is due to travel on to Vienna in May for a summit with Austrian Chancellor Karl Bauer.",
			[]string{"Karl Bauer, Pieter Smit | Vienna"}},
		{"a visitor flying to a city to meet",
			"Irish Foreign Minister Aoife Byrne will fly to Lisbon on Friday to meet displaced families.",
			[]string{"Aoife Byrne | Lisbon"}},
		{"a visitor arriving for talks with two hosts",
			"US envoy Mark Dell is expected to arrive in Beirut on Monday for talks with Lebanese President Joseph Aoun and Lebanese Prime Minister Nawaf Salam.",
			[]string{"Joseph Aoun, Mark Dell, Nawaf Salam | Beirut"}},
		{"a host offering talks meets no side",
			"Norway offered to host talks between Colombia and Venezuela.",
			[]string{"Colombia, Venezuela | "}},
		{"a call, then an offer to host talks",
			"Norwegian Foreign Minister Eva Dahl spoke by phone with Colombian Foreign Minister Luis Mora and offered to host talks.",
			[]string{"Eva Dahl | Norway", "Eva Dahl, Luis Mora | "}},
		{"a body asked to convene a session",
			"Armenia will ask the UN Security Council to convene a special session.",
			[]string{"UN Security Council | "}},
		{"who urges others to talk is no party",
			"The African Union urged Sudan and Chad to return to talks.",
			[]string{"Chad, Sudan | "}},
		{"a speaker who has spoken to both leaders",
			"Chilean President Rosa Vidal and his Peruvian counterpart Marco Ruiz met in Lima. Brazilian President Paulo Reis, who helped mediate a truce between the two neighbours in 2024, said on Friday that he had spoken to both leaders.",
			[]string{"Marco Ruiz, Paulo Reis, Rosa Vidal | ", "Marco Ruiz, Rosa Vidal | Lima"}},
		{"in touch with",
			"Kenyan President William Ruto has been in touch with Ugandan President Yoweri Museveni since Monday.",
			[]string{"William Ruto, Yoweri Museveni | "}},
		{"a touch that is no contact",
			"The envoy said the plan needed a lighter touch.",
			nil},
		{"a meeting at a summit no one is named with",
			"Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed at a summit in Addis Ababa.",
			[]string{"Abiy Ahmed, William Ruto | Addis Ababa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := meetingEvents(t, tt.text)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got meetings %q, want %q", got, tt.want)
			}
		})
	}
}
