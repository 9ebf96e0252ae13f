package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAttackFacts holds the facts of one reported attack: how many attack
// nodes the text gives, and the day, perpetrator, toll and name of the first.
func TestAttackFacts(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		attacks   int
		day, perp string
		killed    int // -1: no figure
		injured   int
		title     string // a word the name must hold, "" for any
		modality  string
	}{
		{"a claim's day is not the attack's",
			"Kurdish insurgents on Friday claimed a rocket attack on a fuel depot near Erbil. The depot was hit late Wednesday, local officials said.",
			1, "2025-04-16", "", -1, -1, "", "asserted"},
		{"two other victims are counted",
			"A roadside bomb struck an army convoy near Kandahar on Monday, killing four soldiers. Two other soldiers were wounded.",
			1, "2025-04-14", "", 4, 2, "", "asserted"},
		{"the group says it carried out the bombing",
			"A car bomb went off outside a police station in Kirkuk on Tuesday. Islamic State said in a statement that it had carried out the bombing.",
			1, "2025-04-15", "organization:islamic-state", -1, -1, "Islamic State", "asserted"},
		{"killings name no kind of attack",
			"Gunmen killed five miners in a raid on a camp near Tarbela on Monday. The governor condemned the killings.",
			1, "2025-04-14", "", 5, -1, "raid", "asserted"},
		{"others also condemning the attack tell no new one",
			"A suicide attacker blew himself up near a checkpoint in Monrovia on Sunday. The ambush was condemned by Liberia. Malta and Iceland also condemned the bombing.",
			1, "2025-04-13", "", -1, -1, "", "asserted"},
		{"days of fighting are one fight",
			"A truce held in Benghazi on Friday after three days of fighting between rival militias killed at least nine people. The clashes erupted on Tuesday evening near the port.",
			1, "2025-04-15", "", 9, -1, "", "asserted"},
		{"clashes and air strikes named together are one fight",
			"Armenia and Azerbaijan agreed to a truce on Friday after four days of border clashes and air strikes that killed at least 22 people. Fighting broke out on Monday near Lachin.",
			1, "2025-04-14", "", 22, -1, "", "asserted"},
		{"a toll goes to the main attack, not the one it answered",
			"Militants fired rockets at an air base near Erbil late on Tuesday, a day after Turkish drones struck a camp near Sinjar. At least five people were killed and 20 wounded when a rocket hit a barracks.",
			2, "2025-04-15", "", 5, 20, "", "asserted"},
		{"near-daily strikes are a series of their own",
			"Turkish drones struck a convoy near Qamishli on Monday, killing three fighters. Turkey has carried out near-daily strikes in Syria since the truce.",
			2, "2025-04-14", "", 3, -1, "", "asserted"},
		{"an offensive nothing will deter goes on",
			"The Liberian army vowed it would not be deterred from its offensive in the northern hills.",
			1, "", "", -1, -1, "", "asserted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			n := 0
			for _, r := range g.Events {
				e := r.Event
				if string(e.Type) != "Attack" {
					continue
				}
				n++
				if n > 1 {
					continue
				}
				if e.Date.Day() != tt.day {
					t.Errorf("got day %q, want %q", e.Date.Day(), tt.day)
				}
				if tt.perp != "" && e.PerpetratorID != tt.perp {
					t.Errorf("got perpetrator %q, want %q", e.PerpetratorID, tt.perp)
				}
				if got := countValue(e.Killed); got != tt.killed {
					t.Errorf("got killed %d, want %d", got, tt.killed)
				}
				if got := countValue(e.Injured); got != tt.injured {
					t.Errorf("got injured %d, want %d", got, tt.injured)
				}
				if !strings.Contains(e.Name, tt.title) {
					t.Errorf("got name %q, want it to hold %q", e.Name, tt.title)
				}
				if string(e.Modality) != tt.modality {
					t.Errorf("got modality %s, want %s", e.Modality, tt.modality)
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attacks, want %d", n, tt.attacks)
			}
		})
	}
}

func countValue(c *graph.Count) int {
	if c == nil {
		return -1
	}
	return c.Value
}
