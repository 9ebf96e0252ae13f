package graphtest

import (
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Corpus is a small set of articles about two fictional states, Valdoria and
// Ostrenia (user-assigned ISO codes XV and XO), written for geokg's tests. It
// holds a meeting between two envoys, a missile strike reported by two
// articles with different death tolls (34 and 35), a condemnation, and a
// ceasefire offered on a condition. The ids of the nodes tests ask about are
// fields, so tests never spell a hash.
type Corpus struct {
	Graphs []graph.ArticleGraph // in publication order

	// Articles.
	MeetingArticle, StrikeArticle, TollArticle string

	// Entities.
	Valdoria, Ostrenia, MiraCastell, TobiasRenn, ElinMarr, Darnell, KestrelBay, ForeignMinistry string

	// Events.
	Meeting, Strike, Ceasefire, Withdrawal string

	// Relations.
	MetWith     string // Mira Castell MET_WITH Tobias Renn, asserted, stated by MeetingArticle
	Condemned   string // Elin Marr CONDEMNED Strike, stated by StrikeArticle
	Conditions  string // Ceasefire CONDITIONED_ON Withdrawal, conditional, stated by TollArticle
	Perpetrated string // Ostrenia PERPETRATED Strike, stated by StrikeArticle and TollArticle
}

// NewCorpus builds the corpus afresh, so tests may change what it returns.
func NewCorpus() Corpus {
	var c Corpus

	// 1. A meeting between two envoys.
	a := NewArticle("https://news.example/valdoria-ostrenia-envoys-meet", "2025-03-12").
		Title("Valdorian and Ostrenian envoys meet in Kestrel Bay")
	s1 := a.Say("Valdorian envoy Mira Castell met Ostrenian envoy Tobias Renn in Kestrel Bay on Monday.")
	s2 := a.Say("The two envoys discussed an exchange of prisoners, the Valdorian foreign ministry said.")
	s3 := a.Say("Castell said further talks were possible next month.")
	c.Valdoria = a.Country("XV", "Valdoria", []string{"Valdorian"}, s1, s2)
	c.Ostrenia = a.Country("XO", "Ostrenia", []string{"Ostrenian"}, s1)
	c.MiraCastell = a.Person("Mira Castell", s1)
	a.Mention(c.MiraCastell, "Castell", s3)
	c.TobiasRenn = a.Person("Tobias Renn", s1)
	c.ForeignMinistry = a.Organization("Valdorian foreign ministry", s2)
	c.KestrelBay = a.Location("Kestrel Bay", s1)
	c.Meeting = a.Event(graph.Event{
		Type: graph.Meeting, Name: "Castell–Renn meeting in Kestrel Bay",
		Date:       day("2025-03-10", "on Monday"),
		LocationID: c.KestrelBay, ParticipantIDs: []string{c.MiraCastell, c.TobiasRenn},
		Confidence: 0.85,
	}, s1, s2)
	c.MetWith = a.Claim(s1, graph.Claim{
		Relation:   graph.Relation{Type: graph.MetWith, SourceID: c.MiraCastell, TargetID: c.TobiasRenn},
		Confidence: 0.9,
	})
	a.Relate(s1, graph.ParticipatedIn, c.MiraCastell, c.Meeting)
	a.Relate(s1, graph.ParticipatedIn, c.TobiasRenn, c.Meeting)
	a.Relate(s1, graph.OccurredIn, c.Meeting, c.KestrelBay)
	a.Claim(s1, graph.Claim{Relation: graph.Relation{Type: graph.AffiliatedWith, SourceID: c.MiraCastell, TargetID: c.Valdoria, Role: "envoy"}})
	a.Claim(s1, graph.Claim{Relation: graph.Relation{Type: graph.AffiliatedWith, SourceID: c.TobiasRenn, TargetID: c.Ostrenia, Role: "envoy"}})
	a.Claim(s3, graph.Claim{
		Relation:   graph.Relation{Type: graph.MetWith, SourceID: c.MiraCastell, TargetID: c.TobiasRenn, Modality: graph.Possible},
		Confidence: 0.5, SpeakerID: c.MiraCastell,
	})
	c.MeetingArticle = a.ID()
	c.Graphs = append(c.Graphs, a.Graph())

	// 2. A missile strike, first report: at least 34 killed, and a condemnation.
	b := NewArticle("https://news.example/darnell-strike", "2025-03-15").
		Title("Missile strike on Darnell kills at least 34")
	t1 := b.Say("A missile strike on the city of Darnell killed at least 34 people on Friday, local officials said.")
	t2 := b.Say("Ostrenia carried out the strike, according to Valdoria.")
	t3 := b.Say("Valdorian President Elin Marr condemned the attack on Darnell as a crime.")
	c.Darnell = b.Location("Darnell", t1, t3)
	c.Ostrenia = b.Country("XO", "Ostrenia", []string{"Ostrenian"}, t2)
	c.Valdoria = b.Country("XV", "Valdoria", []string{"Valdorian"}, t2, t3)
	c.ElinMarr = b.Person("Elin Marr", t3)
	strike := graph.Event{
		Type: graph.Attack, Name: "Darnell missile strike",
		Date:       day("2025-03-14", "on Friday"),
		LocationID: c.Darnell, PerpetratorID: c.Ostrenia,
		Killed:     Count(34, "at least"),
		Confidence: 0.9,
	}
	c.Strike = b.Event(strike, t1, t2)
	c.Perpetrated = b.Claim(t2, graph.Claim{
		Relation:  graph.Relation{Type: graph.Perpetrated, SourceID: c.Ostrenia, TargetID: c.Strike},
		SpeakerID: c.Valdoria, Confidence: 0.6,
	})
	b.Relate(t1, graph.OccurredIn, c.Strike, c.Darnell)
	b.Relate(t2, graph.Attacked, c.Ostrenia, c.Darnell)
	c.Condemned = b.Claim(t3, graph.Claim{
		Relation:   graph.Relation{Type: graph.Condemned, SourceID: c.ElinMarr, TargetID: c.Strike},
		Confidence: 0.95,
	})
	b.Claim(t3, graph.Claim{Relation: graph.Relation{Type: graph.Leads, SourceID: c.ElinMarr, TargetID: c.Valdoria, Role: "President"}})
	c.StrikeArticle = b.ID()
	c.Graphs = append(c.Graphs, b.Graph())

	// 3. The same strike with a toll of 35, and a ceasefire offered on a condition.
	d := NewArticle("https://news.example/darnell-toll-ceasefire-offer", "2025-03-16").
		Title("Darnell toll rises to 35 as Ostrenia offers a conditional ceasefire")
	u1 := d.Say("The death toll from Friday's missile strike on Darnell rose to 35, Valdorian officials said on Sunday.")
	u2 := d.Say("Ostrenia, which carried out the strike, said it would agree to a ceasefire only if Valdoria withdrew its troops from the border.")
	u3 := d.Say("Mira Castell said Valdoria would study the offer.")
	c.Darnell = d.Location("Darnell", u1)
	c.Ostrenia = d.Country("XO", "Ostrenia", nil, u2)
	c.Valdoria = d.Country("XV", "Valdoria", []string{"Valdorian"}, u1, u2, u3)
	c.MiraCastell = d.Person("Mira Castell", u3)
	strike.Killed = Count(35, "")
	strike.Confidence = 0.8
	d.Event(strike, u1, u2)
	c.Withdrawal = d.Event(graph.Event{
		Type: graph.OtherEvent, Name: "Valdorian troop withdrawal from the border",
		ParticipantIDs: []string{c.Valdoria}, Modality: graph.Conditional, Confidence: 0.6,
	}, u2)
	c.Ceasefire = d.Event(graph.Event{
		Type: graph.Ceasefire, Name: "Ostrenian ceasefire offer",
		ParticipantIDs: []string{c.Ostrenia, c.Valdoria}, Modality: graph.Conditional, Confidence: 0.7,
	}, u2)
	d.Claim(u2, graph.Claim{Relation: graph.Relation{Type: graph.Perpetrated, SourceID: c.Ostrenia, TargetID: c.Strike}, Confidence: 0.8})
	c.Conditions = d.Claim(u2, graph.Claim{
		Relation:  graph.Relation{Type: graph.ConditionedOn, SourceID: c.Ceasefire, TargetID: c.Withdrawal, Modality: graph.Conditional},
		SpeakerID: c.Ostrenia, Confidence: 0.75,
	})
	d.Claim(u2, graph.Claim{
		Relation:  graph.Relation{Type: graph.Agreed, SourceID: c.Ostrenia, TargetID: c.Ceasefire, Modality: graph.Conditional},
		SpeakerID: c.Ostrenia,
	})
	d.Claim(u2, graph.Claim{
		Relation:  graph.Relation{Type: graph.Demanded, SourceID: c.Ostrenia, TargetID: c.Withdrawal},
		SpeakerID: c.Ostrenia, Confidence: 0.65,
	})
	c.TollArticle = d.ID()
	c.Graphs = append(c.Graphs, d.Graph())
	return c
}

// Count returns a casualty figure as a source would write it: Count(34,
// "at least") is "at least 34".
func Count(n int, qualifier string) *graph.Count {
	text := strings.TrimSpace(qualifier + " " + strconv.Itoa(n))
	return &graph.Count{Value: n, Qualifier: qualifier, Min: n, Text: text}
}

func day(d, phrase string) graph.Date {
	return graph.Date{Start: d, End: d, Precision: graph.Day, Phrase: phrase}
}
