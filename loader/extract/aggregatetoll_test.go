package extract

import (
	"strings"
	"testing"
)

// TestAggregateToll holds that a toll summed over years is no part of the
// attack the article reports: the lede keeps its own place and sides, and
// the sum is an undated event of its own where it names a place.
// 2025-06-12 is a Thursday.
func TestAggregateToll(t *testing.T) {
	const lede = "Gunmen from al-Shabaab killed 9 people in an attack on a hotel in Kismayo on Tuesday, police said.\n\n"
	tests := []struct {
		name    string
		text    string
		attacks int // attack events
	}{
		{"over the past decade", lede + "Al-Shabaab, which is linked to al-Qaeda, has killed thousands of civilians in Kenya over the past decade.", 2},
		{"since a year", lede + "The group has killed tens of thousands of people in Somalia since 2007.", 2},
		{"no place", lede + "The group has killed thousands since 2007.", 1},
		{"a toll of the news", lede + "The attack has killed nine people, police said.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-06-12").output()
			names := entityNames(g)
			n := 0
			for _, r := range g.Events {
				e := r.Event
				if e.Type != "Attack" {
					continue
				}
				n++
				if names[e.LocationID] == "Kismayo" {
					if e.Date.Day() != "2025-06-10" {
						t.Errorf("hotel attack: got day %q, want 2025-06-10", e.Date.Day())
					}
					for _, p := range participantNames(e, names) {
						if p == "Kenya" || p == "Somalia" {
							t.Errorf("hotel attack: got participant %s, want only its own sides", p)
						}
					}
					continue
				}
				if e.Date.Day() != "" {
					t.Errorf("%q: got day %q, want none", e.Name, e.Date.Day())
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attacks, want %d", n, tt.attacks)
			}
		})
	}
}

// TestRunningToll holds that attacks named as the cause of a toll counted
// "since" some time are a run of their own, not the strike reported.
// 2025-06-12 is a Thursday.
func TestRunningToll(t *testing.T) {
	const lede = "Kenyan jets struck a militant camp near Kismayo on Tuesday, killing six fighters, the army said.\n\n"
	tests := []struct {
		name    string
		text    string
		attacks int
	}{
		{"since, after the cause", lede + "More than 300 people have been killed in Kenyan strikes since the offensive began, according to local officials.", 2},
		{"since, opening the sentence", lede + "Since the offensive began, more than 300 people have been killed by Kenyan strikes, officials said.", 2},
		{"no running count", lede + "Six people were killed in the Kenyan strike, officials said.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-06-12").output()
			n := 0
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Attack" {
					n++
					if e.Killed != nil && e.Killed.Value == 6 && e.Date.Day() != "2025-06-10" {
						t.Errorf("camp strike: got day %q, want 2025-06-10", e.Date.Day())
					}
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attacks, want %d", n, tt.attacks)
			}
		})
	}
}

// TestPassiveYearToll holds a toll counted over the year out of every
// attack the article reports: "at least 60 have been killed this year"
// sums up, and "assault rifles" name the weapons, not another attack.
func TestPassiveYearToll(t *testing.T) {
	const text = "Gunmen ambushed a police convoy on a highway in the state of Morelos on Tuesday, killing at least six officers.\n\n" +
		"The gunmen opened fire with assault rifles from three vans and then blocked the road outside Cuautla.\n\n" +
		"Police officers are frequent targets in the state: at least 60 have been killed this year."
	g := analyse(t, text, "2026-08-26").output()
	for _, r := range g.Events {
		if r.Event.Type != "Attack" {
			continue
		}
		if got := countValue(r.Event.Killed); got == 60 {
			t.Errorf("%q: got killed 60, want the year's toll on no attack", r.Event.Name)
		}
		if strings.Contains(r.Event.Name, "assault") {
			t.Errorf("got an attack %q, want the rifles to name none", r.Event.Name)
		}
	}
}
