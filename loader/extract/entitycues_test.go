package extract

import (
	"strings"
	"testing"
)

func TestEntityCues(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"compound rank stays out of the name",
			"Vice Adm. Tomas Rehn and Senior Gen. Kyaw Lwin met.",
			[]string{"Person:Kyaw Lwin", "Person:Tomas Rehn"}},
		{"capital told to act is its state",
			"Ankara insisted that Athens withdraw the vessels.",
			[]string{"Country:Greece", "Country:Turkey"}},
		{"capital an overture comes from is its state",
			"Caracas turned down an offer of aid from Bogota.",
			[]string{"Country:Colombia", "Country:Venezuela"}},
		{"a currency's prefix names no state",
			"Chile and Peru aim to lift trade to NZ$5 billion and US$2 billion.",
			[]string{"Country:Chile", "Country:Peru"}},
		{"a province's southern half is a place of its own",
			"Clashes in Maguindanao del Sur killed nine people.",
			[]string{"Location:Maguindanao del Sur"}},
		{"a nickname in quotes stands inside the name",
			"Former president Jorge \"Tito\" Barrenechea conceded. Barrenechea thanked voters.",
			[]string{"Person:Jorge \"Tito\" Barrenechea"}},
		{"a capital after a clause-opening as acts",
			"The blast came as Riga stepped up its campaign against smuggling.",
			[]string{"Country:Latvia"}},
		{"a capital listed after such as stays a place",
			"Cities such as Riga suffered blackouts.",
			[]string{"Location:Riga"}},
		{"a capital ready in quotes acts",
			"Ruiz said Riga was \"ready to start talks\".",
			[]string{"Country:Latvia", "Person:Ruiz"}},
		{"a capital that stood ready acts",
			"Ruiz said Riga stood ready to reopen the border.",
			[]string{"Country:Latvia", "Person:Ruiz"}},
		{"a place before another state's listed body names a body of its own",
			"The West Papua National Liberation Army claimed the attack.",
			[]string{"Organization:West Papua National Liberation Army"}},
		{"a word describing a nation names no place",
			"Turnout was high in the Andean nation, and Peru counted ballots.",
			[]string{"Country:Peru"}},
		{"from one place to another stays a place",
			"Aid from Nairobi to the camps resumed.",
			[]string{"Location:Nairobi"}},
		{"an acronym the article defines beats the listed one",
			"Crowds backed the Union for National Change (UNC). UNC leaders spoke.",
			[]string{"Organization:Union for National Change"}},
		{"the listed body keeps its own acronym",
			"The African National Congress (ANC) met. ANC leaders spoke.",
			[]string{"Organization:African National Congress"}},
		{"the article before a longer name is left out",
			"The Philippine Institute of Volcanology and Seismology recorded aftershocks.",
			[]string{"Organization:Philippine Institute of Volcanology and Seismology"}},
		{"the article before a demonym alone still reads",
			"The Saudi-led coalition struck a depot.",
			[]string{"Organization:Saudi-led coalition"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			if got := entities(d); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInitialsFit(t *testing.T) {
	tests := []struct {
		acr   string
		words []string
		want  bool
	}{
		{"ANC", []string{"national", "alliance", "for", "change"}, true},
		{"NAC", []string{"national", "alliance", "for", "change"}, true},
		{"NSC", []string{"national", "security", "council"}, true},
		{"ANC", []string{"popular", "front"}, false},
		{"AAC", []string{"national", "alliance", "for", "change"}, false},
	}
	for _, tt := range tests {
		if got := initialsFit(tt.acr, tt.words); got != tt.want {
			t.Errorf("initialsFit(%q, %q) = %v, want %v", tt.acr, tt.words, got, tt.want)
		}
	}
}
