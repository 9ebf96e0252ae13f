package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestProposedThingClaims(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{name: "the agent after proposed by is the author, not the subject",
			text:   "The National Assembly of Zambia blocked a new mining tax proposed by President Hakainde Hichilema.",
			want:   []string{"Hakainde Hichilema OFFERED Proposal event asserted"},
			absent: []string{"National Assembly OFFERED Proposal event asserted"}},
		{name: "several agents after proposed by each offer it",
			text:   "Peru turned down a fisheries accord proposed by Ecuador and Colombia on Monday.",
			want:   []string{"Ecuador OFFERED Proposal event asserted", "Colombia OFFERED Proposal event asserted"},
			absent: []string{"Peru OFFERED Proposal event asserted"}},
		{name: "who opposes a proposed thing does not offer it",
			text:   "Egypt opposes the proposed dam linking Ethiopia and Sudan.",
			want:   []string{"Egypt REJECTED Proposal event asserted"},
			absent: []string{"Egypt OFFERED Proposal event asserted"}},
		{name: "a possessive before proposed is the author",
			text:   "Norway's proposed fishing quota was criticised by Iceland.",
			want:   []string{"Norway OFFERED Proposal event asserted"},
			absent: []string{"Iceland OFFERED Proposal event asserted"}},
		{name: "a state named first in the proposed thing is its author",
			text:   "Armenia has criticised a proposed Turkish military corridor.",
			want:   []string{"Turkey OFFERED Proposal event asserted", "Armenia CRITICIZED Proposal event asserted"},
			absent: []string{"Armenia OFFERED Proposal event asserted"}},
		{name: "who is met about a proposed thing is no party to it",
			text:   "Senators discussed the proposed budget with the finance minister of Ghana.",
			absent: []string{"Ghana OFFERED Proposal event asserted", "Senators OFFERED Proposal event asserted"}},
		{name: "a refusing verb reaches a long object closed by proposed by",
			text:   "The National Assembly of Zambia blocked a special budget of about $2 billion proposed by President Hakainde Hichilema.",
			want:   []string{"National Assembly of Zambia REJECTED Proposal event asserted", "Hakainde Hichilema OFFERED Proposal event asserted"},
			absent: []string{"National Assembly of Zambia OFFERED Proposal event asserted"}},
		{name: "a refusal told as not made rejects nothing",
			text:   "The National Assembly of Zambia did not reject a new mining tax of 10 percent proposed by President Hakainde Hichilema.",
			absent: []string{"National Assembly of Zambia REJECTED Proposal event asserted", "National Assembly of Zambia REJECTED Proposal event denied"}},
		{name: "proposed as a plain verb keeps its subject as author",
			text:   "Kenya proposed a regional fund for drought relief on Monday.",
			absent: []string{"Kenya REJECTED Proposal event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

func TestProposedThingParties(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the actors a proposed thing names are its parties",
			text: "Egypt opposes the proposed dam linking Ethiopia and Sudan.",
			typ:  graph.Proposal, parts: []string{"Ethiopia", "Sudan"}},
		{name: "a plan of no named author concerns the actors its infinitive names",
			text: "Envoys met in Tripoli to discuss a government plan to disband the Rapid Support Forces.",
			typ:  graph.Proposal, parts: []string{"Rapid Support Forces"}},
		{name: "the agent after proposed by is the party",
			text: "The National Assembly of Zambia blocked a new mining tax proposed by President Hakainde Hichilema.",
			typ:  graph.Proposal, parts: []string{"Hakainde Hichilema"}},
	})
}

func TestPlanInfinitiveClaims(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{name: "plans after an opposing verb are a plan",
			text: "Slovakia will oppose plans to send frozen Belarusian funds to Moldova.",
			want: []string{"Slovakia REJECTED Proposal event possible"}},
		{name: "plans after a subject are an intent, not a plan",
			text:   "Slovakia plans to send aid to Moldova, and Austria opposes the move.",
			absent: []string{"Austria REJECTED Proposal event asserted", "Slovakia OFFERED Proposal event possible"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
