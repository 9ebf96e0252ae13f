package extract

import "testing"

// TestOvernightDays checks that a bare "overnight" takes the day its story
// reports when that is an earlier day than publication, and publication's
// day otherwise. 2026-05-12 is a Tuesday.
func TestOvernightDays(t *testing.T) {
	const pub = "2026-05-12"
	tests := []struct {
		name, text, start string
	}{
		{"plain report", "Rebel fighters shelled the river town overnight, officials said.", "2026-05-12"},
		{"the sentence's day", "Lithuania summoned the Belarusian envoy on Monday after a balloon landed near Vilnius during an overnight incursion.", "2026-05-11"},
		{"the lede's day", "Lithuania summoned the Belarusian envoy on Monday over balloons crossing the border.\n\nOfficials said several balloons had landed near Vilnius overnight.", "2026-05-11"},
		{"another day told between", "Lithuania summoned the Belarusian envoy on Sunday over balloons crossing the border.\n\nThe envoy answered on Monday.\n\nOfficials said several balloons had landed near Vilnius overnight.", "2026-05-12"},
		{"the night the next sentence names", "Gunmen killed six herders in an overnight raid on a hill village, police said on Tuesday.\n\nThe attackers reached the village late on Monday, the district chief said.", "2026-05-11"},
		{"a night told two sentences on", "Gunmen killed six herders in an overnight raid on a hill village, police said on Tuesday.\n\nThe district chief confirmed the toll.\n\nThe attackers reached the village late on Monday.", "2026-05-12"},
		{"a next sentence's plain day", "Gunmen killed six herders in an overnight raid on a hill village, police said on Tuesday.\n\nThe army sent troops on Monday.", "2026-05-12"},
		{"a day long past", "Lithuania summoned the Belarusian envoy on Thursday after a balloon landed near Vilnius during an overnight incursion.", "2026-05-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, pub)
			for _, de := range d.dates {
				if d.overnight(&de) {
					if got := de.date.Start; got != tt.start {
						t.Errorf("got %s, want %s", got, tt.start)
					}
					return
				}
			}
			t.Errorf("got no overnight among %d time phrases, want one", len(d.dates))
		})
	}
}
