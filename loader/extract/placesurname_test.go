package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestGivenPlaceSurname(t *testing.T) {
	tests := []struct {
		name, text string
		person     string // the person the text names, "" for none
		place      string // a place the text names, "" for none
		notPlace   string // a name that must not be read as a place
	}{
		{"given name then town", "Ricardo Lagos said the vote would go ahead.", "Ricardo Lagos", "", "Lagos"},
		{"given name then town, later clause", "The talks ended when Hugo Medina left the room.", "Hugo Medina", "", "Medina"},
		{"town after a preposition", "Fighting spread to Lagos on Tuesday.", "", "Lagos", ""},
		{"no given name before the town", "Officials in Mendoza said the road was closed.", "", "Mendoza", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-03-04")
			if tt.person != "" && d.entityNamed(graph.Person, tt.person) == nil {
				t.Errorf("person %q: got none, want one", tt.person)
			}
			if tt.place != "" && d.entityNamed(graph.Location, tt.place) == nil {
				t.Errorf("place %q: got none, want one", tt.place)
			}
			if tt.notPlace != "" && d.entityNamed(graph.Location, tt.notPlace) != nil {
				t.Errorf("place %q: got one, want none", tt.notPlace)
			}
		})
	}
}

// TestPlacesByClass checks that one place of each class the gazetteer
// lists is read as a location, and that names guarded as words stay out.
func TestPlacesByClass(t *testing.T) {
	tests := []struct {
		text, place string
	}{
		{"Gunmen attacked a market in Zamfara on Monday.", "Zamfara"},
		{"Troops were sent to Cabo Delgado last week.", "Cabo Delgado"},
		{"Floods hit Minas Gerais on Sunday.", "Minas Gerais"},
		{"A tanker was seized in the Gulf of Oman.", "Gulf of Oman"},
		{"Ships crossed the Strait of Messina at night.", "Strait of Messina"},
		{"The army moved north along the Vistula.", "Vistula"},
		{"Patrols near the Dokdo islets were stepped up.", "Dokdo"},
		{"Protesters marched in Katowice on Saturday.", "Katowice"},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-03-04")
			if d.entityNamed(graph.Location, tt.place) == nil {
				t.Errorf("%q: got no location %q, want one", tt.text, tt.place)
			}
		})
	}
}
