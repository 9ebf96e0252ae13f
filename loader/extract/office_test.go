package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOfficeAndRetraction(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"will take office", "Ana Lucia Rojas won the runoff in Panama. Rojas will take office on July 1.", []string{"Ana Lucia Rojas"}},
		{"takes office", "Tomas Berglund won the vote in Sweden. Berglund takes office on October 3.", []string{"Tomas Berglund"}},
		{"since took office", "Rodrigo Alves has refused talks since he took office in May.", nil},
		{"once a government takes office", "Chile urged Peru to act once a new government takes office.", nil},
		{"refused to retract", "Prime Minister Marta Kowalska refused on Tuesday to retract her comments on the border.",
			[]string{"Marta Kowalska"}},
		{"asked to withdraw remarks", "Hungary demanded that Marta Kowalska withdraw her remarks about the minority.",
			[]string{"Marta Kowalska"}},
		{"retract a claim of a speaker in a condition", "Hungary said it would not resume talks unless Marta Kowalska retracted the claims.",
			[]string{"Marta Kowalska"}},
		{"retract a law", "Poland will retract the new visa rules next month.", nil},
		{"withdraw from ground stays a withdrawal", "Serbia refused to withdraw from the border posts.", []string{"Serbia"}},
	})
}

func TestOfficeScheduled(t *testing.T) {
	tests := []struct {
		name, text, pub string
		wantMod         graph.Modality
		wantDate        string
	}{
		{"present is scheduled, next year", "Tomas Berglund won the vote in Sweden. Berglund takes office on March 3.", "2026-11-20",
			graph.Possible, "2027-03-03"},
		{"future in the same year", "Ana Lucia Rojas won the runoff in Panama. Rojas will take office on July 1.", "2026-05-04",
			graph.Possible, "2026-07-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, tt.pub).output()
			found := false
			for _, r := range g.Events {
				if r.Event.Type != graph.OtherEvent {
					continue
				}
				found = true
				if r.Event.Modality != tt.wantMod {
					t.Errorf("modality: got %v, want %v", r.Event.Modality, tt.wantMod)
				}
				if r.Event.Date.Start != tt.wantDate {
					t.Errorf("date: got %v, want %v", r.Event.Date.Start, tt.wantDate)
				}
			}
			if !found {
				t.Fatalf("got no Other event, want one")
			}
		})
	}
}
