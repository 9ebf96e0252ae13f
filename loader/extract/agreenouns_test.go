package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAgreementSidesOfTalks(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{
			name: "two sides after talks with an unnamed host",
			text: "Uruguay's Foreign Minister Tomas Ibarra held talks with Gabon's foreign minister, Alain Mba, " +
				"and was later received by President Dagur Lind. The two sides agreed to restart work on a stalled pipeline.",
			want: []string{"Uruguay AGREED Agreement event asserted", "Gabon AGREED Agreement event asserted"},
		},
		{
			name: "the sides of a readout",
			text: "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on Friday. " +
				"The sides signed nine documents on mining and fisheries, an aide told reporters.",
			want:   []string{"Chile AGREED Agreement event asserted", "Peru AGREED Agreement event asserted"},
			absent: []string{"Gabriel Boric AGREED Agreement event asserted"},
		},
		{
			name:   "documents nobody signed are no deal",
			text:   "Police in Oslo seized classified documents from the home of a former official on Monday.",
			absent: []string{"Police AGREED Agreement event asserted"},
		},
	})
}

func TestAgreementNounsGoverned(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"reached an understanding", "Peru and Chile reached an understanding on fishing quotas on Monday.", true},
		{"came to an understanding", "Peru and Chile came to an understanding on fishing quotas on Monday.", true},
		{"understanding of a problem", "Peru and Chile have a shared understanding of the risks, the minister said.", false},
		{"signed documents", "Peru and Chile signed about a dozen documents on trade on Monday.", true},
		{"read documents", "Peru and Chile exchanged documents on the border dispute, the minister said.", false},
		{"signed a protocol", "Peru and Chile have signed a protocol fixing a stretch of their border.", true},
		{"protocols followed", "Peru and Chile said border guards followed security protocols on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-06-10")
			got := slices.ContainsFunc(d.evs, func(m *eventMention) bool {
				return m.typ == graph.Agreement && (m.noun == "understanding" || m.noun == "documents" || strings.HasPrefix(m.noun, "protocol"))
			})
			if got != tt.want {
				t.Errorf("agreement found = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAgreementSidesOfSpeaker(t *testing.T) {
	text := "Kenyan Treasury Secretary John Mbadi met IMF chief Kristalina Georgieva in Nairobi on Monday. " +
		"\"We have reached an understanding on the terms of the next loan tranche,\" Mbadi told reporters after the meeting."
	d := analyse(t, text, "2025-06-10")
	g := d.output()
	names := entityNames(g)
	var parts []string
	for _, r := range g.Events {
		if r.Event.Type == graph.Agreement {
			parts = participantNames(r.Event, names)
		}
	}
	for _, w := range []string{"John Mbadi", "Kenya", "International Monetary Fund"} {
		if !slices.Contains(parts, w) {
			t.Errorf("agreement parties %v, want %s among them", parts, w)
		}
	}
	checkClaims(t, text, "2025-06-10", []string{"John Mbadi AGREED Agreement event asserted"},
		[]string{"Kristalina Georgieva AGREED Agreement event asserted"})
}

func TestDocumentsSignedAtTalks(t *testing.T) {
	text := "Brazilian President Luiz Inacio Lula da Silva held talks with Mexican President Claudia Sheinbaum in Mexico City on Tuesday. " +
		"The presidents then looked on at the signing of nine documents on energy and health."
	d := analyse(t, text, "2025-06-10")
	g := d.output()
	names := entityNames(g)
	found := false
	for _, r := range g.Events {
		if r.Event.Type != graph.Agreement {
			continue
		}
		found = true
		parts := participantNames(r.Event, names)
		if !slices.Contains(parts, "Luiz Inacio Lula da Silva") || !slices.Contains(parts, "Claudia Sheinbaum") {
			t.Errorf("documents' parties %v, want both presidents", parts)
		}
	}
	if !found {
		t.Errorf("got no agreement, want the signed documents")
	}
}
