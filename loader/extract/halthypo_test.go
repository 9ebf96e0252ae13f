package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestHypotheticalHalt(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // type and modality of each event, in text order
	}{
		{"offered halt and the halt set as its condition",
			`The Armenian envoy said Armenia had offered to halt all artillery strikes on Azerbaijani villages for a month if Baku stopped its drone attacks on Armenian towns.`,
			[]string{"Ceasefire conditional", "Ceasefire possible"}},
		{"a halt reported as done stays the attacks",
			`Azerbaijani forces stopped their drone attacks on Armenian towns on Monday.`,
			[]string{"Attack asserted"}},
		{"a refusal is no offer",
			`Baku would not halt its drone attacks on Armenian towns, the envoy said.`,
			[]string{"Attack asserted"}},
		{"a modal without a condition may report what was agreed",
			`Both sides agreed that they would stop all shelling along the border from Friday.`,
			nil},
		{"a failure to halt is no halt",
			`Yerevan could cut ties with Baku if the government failed to stop the attacks on Armenian towns.`,
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyse(t, c.text, "2026-02-10")
			var got []string
			for _, e := range d.events {
				got = append(got, string(e.typ)+" "+string(e.mod))
			}
			if c.want == nil {
				for _, g := range got {
					if g == string(graph.Ceasefire)+" possible" || g == string(graph.Ceasefire)+" conditional" {
						t.Errorf("got %v, want no halt still to come", got)
					}
				}
				return
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("got %v, want %v", got, c.want)
				}
			}
		})
	}
	checkClaims(t, `The Armenian envoy said Armenia had offered to halt all artillery strikes on Azerbaijani villages for a month if Baku stopped its drone attacks on Armenian towns.`, "2026-02-10",
		[]string{"Armenia OFFERED Ceasefire event asserted"}, []string{"Armenia OFFERED Attack event asserted"})
}
