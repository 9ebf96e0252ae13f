package extract

import "testing"

func TestDepartmentUnits(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a department after an unknown name is an administrative unit",
			"Gunmen raided a market in Orsova department on Sunday, the army said.",
			[]string{"Location:Orsova department"}, nil},
		{"a department after a common word is a ministry",
			"The Treasury department and the Justice department declined to comment.",
			nil, []string{"Location:Treasury department", "Location:Justice department"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2026-03-02")), tt.want, tt.absent)
		})
	}
}

func TestUnitPlacesLocatedIn(t *testing.T) {
	runClaimCases(t, "2026-03-02", []claimCase{
		{"a compass word without its suffix still qualifies the state",
			"Guards moved families out of the Darvel camp in northeast Syria last week.",
			[]string{"Darvel camp LOCATED_IN Syria asserted"}, nil},
		{"a town set off by a comma lies in its department",
			"Gunmen attacked an army post at Marnes, in Orsova department, on Sunday.",
			[]string{"Marnes LOCATED_IN Orsova department asserted"}, nil},
		{"a region after a possessive state lies in it though a verb follows",
			"Rebels in Indonesia's Veltara region shot dead two soldiers on Monday.",
			[]string{"Veltara region LOCATED_IN Indonesia asserted"}, nil},
	})
}
