package extract

import "testing"

func TestListedAreas(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"listed cities before a plural unit keep their bare names",
			"Drones were downed over the Tambov, Lipetsk and Ryazan regions overnight.",
			[]string{"Location:Tambov", "Location:Lipetsk", "Location:Ryazan"}, []string{"Location:Tambov region"}},
		{"a listed area and its singular mention elsewhere are one place",
			"Power cuts hit the Kaluga and Tula regions. In the Tula region, a substation burned.",
			[]string{"Location:Tula region", "Location:Kaluga"}, []string{"Location:Tula"}},
		{"an unlisted name in such a list joins its area named elsewhere",
			"Clashes spread across the Marvo and Tessin districts. The Tessin district was shut.",
			[]string{"Location:Marvo", "Location:Tessin district"}, []string{"Location:Tessin"}},
		{"a city after regions including stays the city",
			"Voting was delayed in several districts, including Voronezh.",
			[]string{"Location:Voronezh"}, []string{"Location:Voronezh district"}},
		{"a city named alone stays the city",
			"A drone hit a depot in Oryol and the Smolensk region.",
			[]string{"Location:Oryol", "Location:Smolensk region"}, []string{"Location:Oryol region"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}

func TestListedShortForms(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a state's usual short form is the state",
			"The minister flew to PNG on Monday for talks.",
			[]string{"Country:Papua New Guinea"}, []string{"Organization:PNG"}},
		{"a demarcation line's acronym is the line",
			"Soldiers crossed the Military Demarcation Line on Friday. The MDL is heavily mined.",
			[]string{"Location:Military Demarcation Line"}, []string{"Organization:MDL"}},
		{"the AU council's short name is not the UN's",
			"The AU's Peace and Security Council suspended the country.",
			[]string{"Organization:African Union Peace and Security Council"}, []string{"Organization:UN Security Council"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
