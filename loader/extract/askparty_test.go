package extract

import (
	"strings"
	"testing"
)

func TestUnclaimedParts(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		meetings []string // every meeting or vote, as meetingEvents writes it
		want     []string
		absent   []string
	}{
		{"the addressees of an ask to talk",
			"The Arab League urged Tunisia and Libya to return to talks.",
			[]string{"Libya, Tunisia | "},
			[]string{"Arab League DEMANDED Meeting event asserted", "Arab League DEMANDED Tunisia asserted"},
			[]string{"Tunisia PARTICIPATED_IN Meeting event possible", "Libya PARTICIPATED_IN Meeting event possible",
				"Libya MET_WITH Tunisia possible"}},
		{"who calls on others to hold talks",
			"Brazil called on Peru and Bolivia to hold negotiations on the border.",
			[]string{"Bolivia, Peru | "},
			[]string{"Brazil DEMANDED Meeting event asserted", "Brazil DEMANDED Peru asserted"},
			[]string{"Brazil PARTICIPATED_IN Meeting event possible", "Peru PARTICIPATED_IN Meeting event possible",
				"Bolivia MET_WITH Brazil possible"}},
		{"an ask of a pronoun to negotiate",
			"Peru and Bolivia clashed at the border on Monday, a week after Brazil urged them to negotiate.",
			nil,
			[]string{"Brazil DEMANDED Meeting event asserted"},
			[]string{"Brazil PARTICIPATED_IN Meeting event possible", "Peru PARTICIPATED_IN Meeting event possible",
				"Bolivia MET_WITH Peru possible"}},
		{"the other side of talks asked for",
			"Brazil urged Peru to hold talks with Bolivia.",
			nil,
			[]string{"Brazil DEMANDED Meeting event asserted", "Brazil DEMANDED Peru asserted"},
			[]string{"Bolivia PARTICIPATED_IN Meeting event possible", "Peru PARTICIPATED_IN Meeting event possible"}},
		{"an ask to hold a vote",
			"Opposition leader Ana Costa called on President Luis Pereira to hold snap elections.",
			nil,
			[]string{"Ana Costa DEMANDED Election event asserted"},
			[]string{"Luis Pereira PARTICIPATED_IN Election event possible"}},
		{"an offer to host talks after a call",
			"Swiss Foreign Minister Lena Graf spoke by phone with Kenyan Foreign Minister Peter Mwangi on Monday and offered to host talks.",
			[]string{"Lena Graf | Switzerland", "Lena Graf, Peter Mwangi | "},
			[]string{"Lena Graf PARTICIPATED_IN Meeting event asserted"},
			[]string{"Lena Graf PARTICIPATED_IN Meeting event possible"}},
		{"a host offering talks with another is a side",
			"Ghana offered to host talks with Togo in Accra.",
			nil,
			[]string{"Ghana PARTICIPATED_IN Meeting event possible", "Togo PARTICIPATED_IN Meeting event possible"},
			nil},
		{"a body asked to convene sits in its session",
			"Namibia would ask the United Nations Security Council to convene an urgent meeting.",
			[]string{"UN Security Council | "},
			[]string{"UN Security Council PARTICIPATED_IN Meeting event possible", "Namibia DEMANDED Meeting event possible"},
			[]string{"Namibia PARTICIPATED_IN Meeting event possible"}},
		{"talks held after an ask keep their parties",
			"Peru and Bolivia held talks in Lima on Monday.",
			[]string{"Bolivia, Peru | Lima"},
			[]string{"Peru PARTICIPATED_IN Meeting event asserted", "Bolivia MET_WITH Peru asserted"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := meetingEvents(t, tt.text); tt.meetings != nil && strings.Join(got, "; ") != strings.Join(tt.meetings, "; ") {
				t.Errorf("got meetings %q, want %q", got, tt.meetings)
			}
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
