package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestMinistryBeforeTitleKeepsWrittenForm(t *testing.T) {
	runFormCases(t, []formCase{
		{name: "a demonym before the ministry", text: "Turkish foreign ministry spokesman Ali Demir rejected the claim.",
			typ: graph.Organization, entity: "Turkey's foreign ministry", form: "Turkish foreign ministry"},
		{name: "a possessive before the ministry", text: "Egypt's health ministry spokesman Omar Nabil gave the toll.",
			typ: graph.Organization, entity: "Egypt's health ministry", form: "Egypt's health ministry"},
	})
}
