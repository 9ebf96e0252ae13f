package extract

import (
	"testing"
)

func TestBodyNames(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a body's name runs on through for the",
			"A group calling itself the Council for the Salvation of the Republic said it had taken power.",
			[]string{"Organization:Council for the Salvation of the Republic"}, []string{"Organization:Council"}},
		{"two words joined by and before a keyword",
			"The Liberty and Progress Alliance won 40 seats.",
			[]string{"Organization:Liberty and Progress Alliance"}, []string{"Organization:Progress Alliance"}},
		{"two names joined by and stay apart",
			"Leaders of Hamas and Islamic Jihad met.",
			[]string{"Organization:Hamas", "Organization:Islamic Jihad"}, nil},
		{"a capital that is a given name opens a titled name",
			"Chilean President Santiago Ortuzar signed the accord.",
			[]string{"Person:Santiago Ortuzar"}, []string{"Location:Santiago"}},
		{"a state's cabinet acting after a weekday",
			"Jordan's cabinet on Sunday approved the budget.",
			[]string{"Organization:Jordanian cabinet"}, nil},
		{"a state's army as the object of a charge",
			"The rebels accused the Malian army of shelling villages.",
			[]string{"Organization:Malian army"}, nil},
		{"a state's army as the object of funding",
			"Britain offered to help fund the Somali army.",
			[]string{"Organization:Somali army"}, nil},
		{"a short ministry name after the listed long one",
			"The Russian Defence Ministry said it downed ten drones. Later the Defence Ministry said two more fell.",
			[]string{"Organization:Russian Defence Ministry"}, []string{"Organization:Defence Ministry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEntities(t, entities(analyse(t, tt.text, "2025-01-01")), tt.want, tt.absent)
		})
	}
}
