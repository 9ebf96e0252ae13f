package extract

import "testing"

// TestTollClaims holds a side's claim of its own deed against a figure
// from officials, "no one" hurt, one victim joined by "other" victims, and
// victims named by their service or trade, and bare figures after an
// active casualty verb; "a similar attack" is another event with its own toll.
func TestTollClaims(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		typ             string
		killed, injured int // -1 for none
	}{
		{"an independent figure after the claim wins",
			"Dozens of soldiers were killed when militants overran an army post in Tillaberi on Monday.\n\n" +
				"The group claimed the attack, saying its fighters had killed more than 80 soldiers.\n\n" +
				"Two officials put the death toll at 35.",
			"Attack", 35, -1},
		{"the claim stands when no other figure is given",
			"Militants overran an army post in Tillaberi on Monday.\n\n" +
				"The group claimed the attack, saying its fighters had killed more than 80 soldiers.",
			"Attack", 80, -1},
		{"an official figure before the claim stays",
			"Militants killed 22 soldiers at an army post in Tillaberi on Monday, officials said.\n\n" +
				"The group claimed the attack, saying it had killed 70 soldiers.\n\n" +
				"Residents put the death toll at 30.",
			"Attack", 22, -1},
		{"claimed to have killed",
			"Dozens of soldiers were killed when militants overran an army post in Tillaberi on Monday.\n\n" +
				"The group claimed to have killed 90 soldiers.\n\n" +
				"Two officials put the death toll at 41.",
			"Attack", 41, -1},
		{"no one hurt gives no figure",
			"Boko Haram fighters attacked a police post in Maiduguri on Monday. No one was hurt, the police said.",
			"Attack", -1, -1},
		{"no-one hurt gives no figure",
			"Boko Haram fighters attacked a police post in Maiduguri on Monday. No-one was hurt, the police said.",
			"Attack", -1, -1},
		{"one officer hurt is one",
			"Boko Haram fighters attacked a police post in Maiduguri on Monday. One officer was hurt, the police said.",
			"Attack", -1, 1},
		{"a victim and two other people",
			"An Israeli airstrike on a flat in Tyre killed a senior commander and two other people on Friday, the health ministry said.",
			"Attack", 3, -1},
		{"a victim and three other named victims",
			"Gunmen in Kano killed a police officer and three other civilians on Friday, police said.",
			"Attack", 4, -1},
		{"one reservist wounded",
			"Gunmen opened fire on a patrol near Tillaberi on Monday, wounding one reservist.",
			"Attack", -1, 1},
		{"conscripts killed and a reservist wounded",
			"Gunmen attacked a checkpoint in Tillaberi on Monday, killing four conscripts and wounding a reservist.",
			"Attack", 4, 1},
		{"shepherds injured",
			"Settlers attacked the village of Sinjil on Friday, injuring three shepherds, the health ministry said.",
			"Attack", -1, 3},
		{"a bare figure before a day",
			"Russian strikes on Kharkiv killed five and injured 12 on Monday, the governor said.",
			"Attack", 5, 12},
		{"a bare figure before overnight",
			"Russian strikes on Kharkiv killed 14 overnight, the governor said.",
			"Attack", 14, -1},
		{"a bare vague figure gives no number",
			"Russian strikes on Kharkiv killed dozens on Monday.",
			"Attack", -1, -1},
		{"a similar attack is another event",
			"Boko Haram fighters attacked a village near Maiduguri on Monday, killing four. In a similar attack in March, 30 people were killed.",
			"Attack", 4, -1},
		{"a similar attack keeps its toll from the day's",
			"Boko Haram fighters attacked a village near Maiduguri on Monday. Last year, a similar attack on the village killed 30 people.",
			"Attack", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkToll(t, tt.text, tt.typ, tt.killed, tt.injured)
		})
	}
}
