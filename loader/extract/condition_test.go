package extract

import (
	"testing"
)

func TestConditionClauses(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			name: "only if with an actor subject becomes the condition event",
			text: "Kenya said it would attend the summit only if Uganda stopped arming the rebels.",
			want: []string{
				"Meeting event CONDITIONED_ON Other event asserted",
				"Kenya DEMANDED Other event asserted",
			},
		},
		{
			name: "a capital of two words acts for its state in the condition",
			text: "Dhaka said it would free the trawlers only if New Delhi took steps to curb smuggling.",
			want: []string{
				"Proposal event CONDITIONED_ON Other event asserted",
				"Bangladesh DEMANDED Other event asserted",
			},
		},
		{
			name: "the government of the state reported on meets the condition",
			text: "HARARE, May 2 - Zimbabwe's opposition leader Nelson Chamisa said he would attend the talks only if the government guaranteed the protection of party members.",
			want: []string{
				"Meeting event CONDITIONED_ON Other event asserted",
				"Nelson Chamisa DEMANDED Other event asserted",
			},
		},
		{
			name: "a negated event in the condition is no condition event",
			text: "Chile said it would resume talks with Peru only if Lima guaranteed it would not attack Chilean boats again.",
			absent: []string{
				"Meeting event CONDITIONED_ON Attack event asserted",
				"Chile DEMANDED Attack event asserted",
			},
		},
		{
			name: "a deed others are responsible for is no condition event",
			text: "Ghana said it would rejoin the talks only if Togo handed over those responsible for the 2024 attack on its border post.",
			absent: []string{
				"Meeting event CONDITIONED_ON Attack event asserted",
				"Ghana DEMANDED Attack event asserted",
			},
		},
		{
			name: "unless with a verb to be done first",
			text: "The Chilean foreign minister said Chile would not sign the fisheries deal unless Peru first withdrew its patrol boats.",
			want: []string{
				"Agreement event CONDITIONED_ON Other event asserted",
			},
		},
		{
			name: "only possible if keeps the demand",
			text: "General Omar Haddad said a truce would only be possible if the Houthis handed over their heavy weapons.",
			want: []string{
				"Ceasefire event CONDITIONED_ON Other event asserted",
				"Omar Haddad DEMANDED Other event asserted",
			},
		},
		{
			name: "a bare if after a modal conditions without a demand",
			text: "Ghana said it could impose sanctions on Togo if Togo closed the border again.",
			want: []string{
				"Sanction event CONDITIONED_ON Other event asserted",
			},
			absent: []string{"Ghana DEMANDED Other event asserted"},
		},
		{
			name: "only after opens a condition like only if",
			text: "Kenya said it would resume talks with Uganda, but only after Uganda withdrew its troops from the border.",
			want: []string{"Meeting event CONDITIONED_ON Other event asserted"},
		},
		{
			name:   "an act ruled out outright holds no condition",
			text:   "The Kenyan minister ruled out new border closures if Uganda curbed the smuggling.",
			absent: []string{"Uganda PARTICIPATED_IN Other event possible"},
		},
		{
			name:   "a question after asked is no condition",
			text:   "Reporters asked if Brazil planned talks with Argentina.",
			absent: []string{"Meeting event CONDITIONED_ON Other event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-01", tt.want, tt.absent)
		})
	}
}

func TestConditionParties(t *testing.T) {
	tests := []struct {
		text string
		typ  string
		want []string
	}{
		{"Iceland said a ceasefire would only be agreed if Latvia freed the detained crew.", "Ceasefire", []string{"Latvia"}},
		{"Kosovo said it would join new talks only if Serbia handed over the suspects.", "Meeting", []string{"Serbia"}},
		{"Kenya said talks could resume only if Ruto's Orange Democratic Movement accepted the new map.", "Other", []string{"Orange Democratic Movement"}},
		{"The rebels said they would lay down arms only if Nairobi sets a firm date for the vote.", "Other", []string{"Kenya"}},
		{"The Kenyan minister did not rule out new border closures if Uganda failed to curb the smuggling.", "Other", []string{"Uganda"}},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-03-01")
			g := d.output()
			names := entityNames(g)
			found := false
			for _, r := range g.Events {
				if string(r.Event.Type) != tt.typ {
					continue
				}
				found = true
				checkEventArgs(t, r.Event, names, tt.want, "")
			}
			if !found {
				t.Errorf("got no %s event, want one", tt.typ)
			}
		})
	}
}

func TestExtraditionIsOther(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Peru has asked Chile to extradite former minister Raul Vargas.", []string{"Raul Vargas"}},
		{"Turkey renewed its demand for the extradition of Mehmet Aksoy from Sweden.", []string{"Sweden"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-01").output()
			names := entityNames(g)
			for _, r := range g.Events {
				if r.Event.Type != "Other" {
					continue
				}
				checkEventArgs(t, r.Event, names, tt.want, "")
				return
			}
			t.Errorf("got no Other event, want an extradition")
		})
	}
}
