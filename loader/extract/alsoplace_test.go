package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAlsoElsewhereJoinsTheAttack(t *testing.T) {
	const lede = "KYIV (AP) — Russia launched a wave of drones at Ukraine overnight, killing three people in the northern city of Chernihiv. "
	tests := []struct {
		name    string
		text    string
		attacks int      // attack events
		want    []string // claims on the first attack
	}{
		{"also in the verb group", lede + "Strikes were also reported in the Sumy and Zhytomyr regions.", 1,
			[]string{"Attack event OCCURRED_IN Sumy asserted", "Attack event OCCURRED_IN Zhytomyr asserted", "Attack event OCCURRED_IN Chernihiv asserted"}},
		{"also before a verb of its own", lede + "A missile also struck a power plant in the Sumy region.", 2, nil},
		{"another day", lede + "Strikes were also reported in the Sumy region on Monday.", 2, nil},
		{"the attacker's own land", lede + "Strikes were also reported in the Belgorod region.", 2, nil},
		{"a cue of novelty", lede + "In a separate attack, drones also struck the Sumy region.", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-04-01")
			g := d.output()
			n := 0
			for _, e := range g.Events {
				if e.Event.Type == graph.Attack {
					n++
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attack events, want %d\n%v", n, tt.attacks, claimsOf(t, d))
			}
			if missing := hasAll(claimsOf(t, d), tt.want); len(missing) > 0 {
				t.Errorf("missing %q, got %v", missing, claimsOf(t, d))
			}
		})
	}
}

func TestPlaceListBeforeUnitWord(t *testing.T) {
	tests := []struct {
		text string
		want []string // places
		not  []string // names that are no place
	}{
		{"Protesters blocked roads in the Vanterra and Ostrelo neighbourhoods on Friday.", []string{"Vanterra", "Ostrelo"}, nil},
		{"Floods cut power in the Belmoro, Casteva and Durnik districts.", []string{"Belmoro", "Casteva", "Durnik"}, nil},
		{"The party of Belmoro Casteva won seats in three districts.", nil, []string{"Belmoro Casteva"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-04-01")
			for _, w := range tt.want {
				if d.entityNamed(graph.Location, w) == nil {
					t.Errorf("got no place %q, want one", w)
				}
			}
			for _, w := range tt.not {
				if d.entityNamed(graph.Location, w) != nil {
					t.Errorf("got place %q, want none", w)
				}
			}
		})
	}
}
