package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// venueHeads end or open the name of a building where leaders meet:
// "Al Husseiniya Palace", "State House", "the Chancellery", "Palace of
// Versailles".
var venueHeads = setOf("palace", "palais", "house", "chancellery", "hotel", "residence", "castle", "villa", "hall")

// venueInCity reports whether the mention's place is a named building and
// the event's a city: "talks in Amman ... the meeting at Al Husseiniya
// Palace" tells of one meeting, the palace standing in the city. No rule
// knows which city holds the building, but a building is no rival to a
// city the way another town is.
func venueInCity(e *event, m *eventMention) bool {
	if e.loc == nil || e.loc.kind != "city" || m.loc == nil || m.loc.typ != graph.Location || m.loc.kind != "" || m.loc.country != "" {
		return false
	}
	words := strings.Fields(strings.ToLower(m.loc.name))
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	for i, w := range words {
		if w == "of" && i > 0 {
			head = words[i-1] // "Great Hall of the People": the hall
			break
		}
	}
	return venueHeads[head] || venueHeads[words[0]]
}
