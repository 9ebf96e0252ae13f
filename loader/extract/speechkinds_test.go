package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSpeechOwner(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the statements, "name: participants"; nil when none is wanted
	}{
		{"possessive over an occasion word",
			"Peruvian presidential candidate Lucia Marquez won the runoff on Sunday. In her victory speech she vowed to cut fuel taxes.",
			[]string{"Marquez speech: Lucia Marquez"}},
		{"inaugural address",
			"Paraguayan President Tomas Arce took office on Friday. In his inaugural address he promised to build new roads.",
			[]string{"Arce address: Tomas Arce"}},
		{"fronted speech with a pronoun subject",
			"Bolivian presidential candidate Diego Salas lost the runoff on Sunday. In a concession speech, he urged his supporters to stay calm.",
			[]string{"Salas speech: Diego Salas"}},
		{"the sentence subject over a name in a relative clause",
			"Elena Varga, who served as Victor Kerr's deputy, won the vote on Sunday. In her victory speech she vowed to curb crime.",
			[]string{"Varga speech: Elena Varga"}},
		{"a figure of speech is no address",
			"Colombian President Pablo Rey said on Monday he would address the crisis with Venezuela.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementEvents(t, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHolidayAddress(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Statement, []countCase{
		{"a holiday address is a speech",
			"President Ana Ruiz said in her Independence Day address that the army would be expanded.",
			1},
	})
}
