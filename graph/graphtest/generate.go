package graphtest

import (
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
)

var (
	firstNames = []string{"Ada", "Bram", "Cleo", "Dario", "Edda", "Falk", "Greta", "Hugo", "Ines", "Jonas",
		"Kaia", "Lenz", "Mina", "Nils", "Olga", "Pavel", "Quinn", "Runa", "Søren", "Tilde"}
	lastNames = []string{"Albers", "Brenn", "Corvo", "Dahl", "Eckert", "Falun", "Grebe", "Holm", "Ilves", "Jarl"}
	places    = []string{"Port Ansel", "Brightwater", "Calder", "Dunmore", "Eastholm", "Fennick", "Glenmoor",
		"Harwick", "Iselmark", "Juniper Falls", "Kelby", "Lindå", "Mörsk", "Northgate", "Orrin", "Pellworth"}
	// Fictional states under ISO 3166 user-assigned codes.
	states = []struct{ code, name, adjective string }{
		{"XA", "Arvenia", "Arvenian"}, {"XB", "Belmora", "Belmoran"}, {"XC", "Corvalia", "Corvalian"},
		{"XD", "Drevania", "Drevanian"}, {"XE", "Estmark", "Estmarkian"}, {"XF", "Forlandia", "Forlandian"},
	}
)

// Generate returns n articles in the shape the extractor produces, for
// benchmarks and paging tests: each names three people from a pool of 200,
// one or two places of 16, Valdoria, Ostrenia and one of six other states,
// and reports a meeting, an attack and a statement with eight claims. An
// attack is one event across every article that reports it (the same place
// and Sunday), so nodes gather many reports the way busy ones do. The same n
// always gives the same graphs.
func Generate(n int) []graph.ArticleGraph {
	out := make([]graph.ArticleGraph, n)
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		pub := base.AddDate(0, 0, i/8)
		published := pub.Format(graph.DateLayout)
		if i%17 == 16 {
			published = "" // some feeds give no date
		}
		person := func(k int) string {
			k = k % (len(firstNames) * len(lastNames))
			return firstNames[k%len(firstNames)] + " " + lastNames[k/len(firstNames)]
		}
		p1, p2, p3 := person(i*7), person(i*7+61), person(i*7+123)
		place := places[i%len(places)]
		// Strikes hit one place for weeks at a time, so many articles
		// report each.
		target := places[(i/40)%len(places)]
		state := states[i%len(states)]
		killed := 3 + i%5

		b := NewArticle(fmt.Sprintf("https://news.example/generated/%06d", i), published).
			Title(fmt.Sprintf("%s and %s meet as %s counts its dead", p1, p2, place))
		s1 := b.Say(fmt.Sprintf("%s met %s in %s on Monday to discuss a ceasefire.", p1, p2, place))
		s2 := b.Say(fmt.Sprintf("An Ostrenian strike on %s killed %d people on Sunday, officials in Valdoria said.", target, killed))
		s3 := b.Say(fmt.Sprintf("%s, an adviser to the %s government, condemned the strike.", p3, state.adjective))
		s4 := b.Say(fmt.Sprintf("%s said %s could meet %s again next week.", p2, p1, p3))

		a, c, d := b.Person(p1, s1, s4), b.Person(p2, s1, s4), b.Person(p3, s3, s4)
		at := b.Location(place, s1)
		hit := at
		if target != place {
			hit = b.Location(target, s2)
		} else {
			b.Mention(at, place, s2)
		}
		valdoria := b.Country("XV", "Valdoria", nil, s2)
		ostrenia := b.Country("XO", "Ostrenia", []string{"Ostrenian"}, s2)
		other := b.Country(state.code, state.name, []string{state.adjective}, s3)

		var meetDay, strikeDay graph.Date
		if published != "" {
			meetDay = graph.DayDate(pub.AddDate(0, 0, -int(pub.Weekday()+6)%7), "on Monday")
			strikeDay = graph.DayDate(pub.AddDate(0, 0, -int(pub.Weekday())), "on Sunday")
		}
		meeting := b.Event(graph.Event{Type: graph.Meeting, Name: p1 + "–" + p2 + " meeting in " + place,
			Date: meetDay, LocationID: at, ParticipantIDs: []string{a, c}, Confidence: 0.8}, s1)
		strike := b.Event(graph.Event{Type: graph.Attack, Name: target + " strike", Date: strikeDay,
			LocationID: hit, PerpetratorID: ostrenia, Killed: Count(killed, ""), Confidence: 0.7}, s2)
		b.Event(graph.Event{Type: graph.Statement, Name: p3 + " condemns " + target + " strike",
			ParticipantIDs: []string{d, other}, Confidence: 0.6}, s3)

		b.Claim(s1, graph.Claim{Relation: graph.Relation{Type: graph.MetWith, SourceID: a, TargetID: c}, Confidence: 0.8})
		b.Relate(s1, graph.ParticipatedIn, a, meeting)
		b.Relate(s1, graph.ParticipatedIn, c, meeting)
		b.Relate(s1, graph.OccurredIn, meeting, at)
		b.Claim(s2, graph.Claim{Relation: graph.Relation{Type: graph.Perpetrated, SourceID: ostrenia, TargetID: strike},
			SpeakerID: valdoria, Confidence: 0.6})
		b.Claim(s3, graph.Claim{Relation: graph.Relation{Type: graph.AffiliatedWith, SourceID: d, TargetID: other, Role: "adviser"}})
		b.Claim(s3, graph.Claim{Relation: graph.Relation{Type: graph.Condemned, SourceID: d, TargetID: strike}, Confidence: 0.9})
		b.Claim(s4, graph.Claim{Relation: graph.Relation{Type: graph.MetWith, SourceID: a, TargetID: d, Modality: graph.Possible},
			SpeakerID: c, Confidence: 0.5})
		out[i] = b.Graph()
	}
	return out
}
