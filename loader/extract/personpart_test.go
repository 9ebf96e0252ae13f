package extract

import "testing"

func TestPersonPartsAfterPlaces(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a surname after a place and a comma",
			"Interior Minister Karel Dostal arrived on Monday. In Brno, Dostal promised more police.",
			[]string{"Person:Karel Dostal", "Location:Brno"}, []string{"Location:Dostal"}},
		{"a middle name used alone after a place",
			"President Joao Batista Tavares Neto met the envoy. They spoke at the Rio Branco Palace, Tavares's residence.",
			[]string{"Person:Joao Batista Tavares Neto"}, []string{"Location:Tavares"}},
		{"a body's possessive in an apposition describes the head after it",
			"The meeting was chaired by Ghana's President Kofi Mensah Boateng, the bloc's current chairman.",
			[]string{"Person:Kofi Mensah Boateng"}, []string{"Organization:Kofi Mensah Boateng"}},
		{"a second place in a list stays a place",
			"Fighting spread to Lomar, Vessik and Tarnopol villages.",
			[]string{"Location:Vessik"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
