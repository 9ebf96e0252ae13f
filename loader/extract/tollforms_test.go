package extract

import "testing"

// TestTollForms holds tolls told with a modifier before the victims, a
// people's name before a time, a toll someone "put at" a figure, and a
// campaign's running toll bounded by "since" a date.
func TestTollForms(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		typ             string
		killed, injured int // -1 for none
	}{
		{"a modifier before the victims",
			"Gunmen stormed a clinic in Maradi on Sunday and killed three aid workers, the governor said.",
			"Attack", 3, -1},
		{"a people's name before since",
			"Armenian shelling has killed more than 70 Azerbaijanis since then, according to the defence ministry.",
			"Attack", 70, -1},
		{"a people's name alone",
			"Armenian shelling has killed more than 70 Azerbaijanis, according to the defence ministry.",
			"Attack", 70, -1},
		{"a campaign bounded by since a month",
			"The navy has carried out more than 30 strikes on smuggling vessels in the Adriatic since March, killing more than 90 people, officials said.",
			"Attack", 90, -1},
		{"a campaign bounded by since a year",
			"The air force has flown more than 200 raids on rebel camps in Darfur since 2024, killing at least 500 fighters.",
			"Attack", 500, -1},
		{"since an earlier event is not the attack's",
			"Rebels shelled the town of Kidal, since a curfew that left 12 people dead.",
			"Attack", -1, -1},
		{"officials put the death toll at",
			"Militants attacked a border post in Tillaberi on Tuesday.\n\nTwo officials put the death toll at 35.",
			"Attack", 35, -1},
		{"a vague figure is no put toll",
			"Militants attacked a border post in Tillaberi on Tuesday.\n\nOfficials put the death toll at dozens.",
			"Attack", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkToll(t, tt.text, tt.typ, tt.killed, tt.injured)
		})
	}
}

func TestSinceTime(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"since September", true},
		{"since early March", true},
		{"since 2023", true},
		{"since the coup", false},
		{"since then", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text+".", "2025-04-18")
			if got := d.sinceTime(0); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
