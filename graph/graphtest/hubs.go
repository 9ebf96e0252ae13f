package graphtest

import (
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
)

// Hubs returns n articles about one conflict that all name the same ten
// entities, report the same strike and state the same seven relations, each
// besides a reporter, a meeting and a criticism of its own: the shape that
// makes a store's busiest nodes, every one of which each article adds a
// statement to. The figures each article gives for the strike (death toll,
// confidence) and the names it uses vary a little, as sources do, so that
// the summaries have something to weigh. The same n always gives the same
// graphs.
func Hubs(n int) []graph.ArticleGraph {
	out := make([]graph.ArticleGraph, n)
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	strikeDay := graph.Date{Start: "2023-12-29", End: "2023-12-29", Precision: graph.Day, Phrase: "on December 29"}
	for i := range out {
		pub := base.AddDate(0, 0, i/4)
		reporter := firstNames[i%len(firstNames)] + " " + lastNames[(i/len(firstNames))%len(lastNames)]
		killed := 30 + i%5
		confidence := []float64{0.6, 0.7, 0.8, 0.9}[i%4]
		b := NewArticle(fmt.Sprintf("https://news.example/hubs/%06d", i), pub.Format(graph.DateLayout)).
			Title(fmt.Sprintf("Darnell strike: the toll stands at %d, report %d", killed, i+1))
		s1 := b.Say(fmt.Sprintf("An Ostrenian strike on Darnell killed %d people on December 29, the Arvenian foreign ministry said.", killed))
		s2 := b.Say("Valdorian President Elin Marr condemned the strike and Ostrenia's army, which carried it out.")
		s3 := b.Say("Valdorian envoy Mira Castell met Ostrenian envoy Tobias Renn in Kestrel Bay on Monday.")
		s4 := b.Say(fmt.Sprintf("%s, a reporter in Darnell, criticized Ostrenia for the strike.", reporter))

		valdoria := b.Country("XV", "Valdoria", []string{"Valdorian"}, s2, s3)
		ostrenia := b.Country("XO", "Ostrenia", []string{"Ostrenian"}, s1, s2, s3, s4)
		b.Country("XA", "Arvenia", []string{"Arvenian"}, s1)
		ministry := b.Organization("Arvenian foreign ministry", s1)
		army := b.Entity(graph.Entity{Type: graph.Organization, Name: "Ostrenian army", Aliases: []string{"Ostrenia's army"}}, s2)
		marr := b.Person("Elin Marr", s2)
		castell := b.Person("Mira Castell", s3)
		renn := b.Person("Tobias Renn", s3)
		darnell := b.Location("Darnell", s1, s4)
		bay := b.Location("Kestrel Bay", s3)
		own := b.Person(reporter, s4)

		strike := b.Event(graph.Event{Type: graph.Attack, Name: "Darnell strike", Date: strikeDay,
			LocationID: darnell, PerpetratorID: ostrenia, Killed: Count(killed, ""), Confidence: confidence}, s1, s2)
		monday := pub.AddDate(0, 0, -int(pub.Weekday()+6)%7)
		meeting := b.Event(graph.Event{Type: graph.Meeting, Name: "Castell–Renn meeting in Kestrel Bay",
			Date: graph.DayDate(monday, "on Monday"), LocationID: bay, ParticipantIDs: []string{castell, renn}}, s3)

		b.Claim(s1, graph.Claim{Relation: graph.Relation{Type: graph.Perpetrated, SourceID: ostrenia, TargetID: strike},
			SpeakerID: ministry, Confidence: confidence})
		b.Relate(s1, graph.OccurredIn, strike, darnell)
		b.Claim(s2, graph.Claim{Relation: graph.Relation{Type: graph.Condemned, SourceID: marr, TargetID: strike}, Confidence: 0.9})
		b.Claim(s2, graph.Claim{Relation: graph.Relation{Type: graph.Leads, SourceID: marr, TargetID: valdoria, Role: "President"}})
		b.Relate(s2, graph.AffiliatedWith, army, ostrenia)
		b.Claim(s3, graph.Claim{Relation: graph.Relation{Type: graph.MetWith, SourceID: castell, TargetID: renn}, Confidence: 0.8})
		b.Claim(s3, graph.Claim{Relation: graph.Relation{Type: graph.AffiliatedWith, SourceID: castell, TargetID: valdoria, Role: "envoy"}})
		b.Relate(s3, graph.ParticipatedIn, castell, meeting)
		b.Relate(s4, graph.Criticized, own, ostrenia)
		out[i] = b.Graph()
	}
	return out
}
