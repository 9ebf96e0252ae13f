package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCallHonorificObject(t *testing.T) {
	runCountCases(t, "2026-03-02", graph.Meeting, []countCase{
		{"telephoned Mr", "Kenyan leader Daniel Ochieng won the runoff. Ghana's President Kwame Mensah telephoned Mr Ochieng on Monday.", 1},
		{"phoned Dr", "Somali minister Amina Warsame arrived late. Italian Premier Paolo Conti phoned Dr Warsame on Friday.", 1},
		{"called Mr names no call when a possessive follows", "Kenyan leader Daniel Ochieng won the runoff. Ghana's President Kwame Mensah called Mr Ochieng's plan reckless.", 0},
	})
}
