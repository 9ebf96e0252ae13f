package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCallHonorificObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // Meeting events
	}{
		{"telephoned Mr", "Kenyan leader Daniel Ochieng won the runoff. Ghana's President Kwame Mensah telephoned Mr Ochieng on Monday.", 1},
		{"phoned Dr", "Somali minister Amina Warsame arrived late. Italian Premier Paolo Conti phoned Dr Warsame on Friday.", 1},
		{"called Mr names no call when a possessive follows", "Kenyan leader Daniel Ochieng won the runoff. Ghana's President Kwame Mensah called Mr Ochieng's plan reckless.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-02").output()
			n := 0
			for _, r := range g.Events {
				if r.Event.Type == graph.Meeting {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d Meeting events, want %d", n, tt.want)
			}
		})
	}
}
