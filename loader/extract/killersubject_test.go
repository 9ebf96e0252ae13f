package extract

import "testing"

// TestKillerSubject holds that the subject of a harm verb carries out the
// attack the verb's clause sets it in, whether named outright, with its
// forces or as members "from" or "of" it; a victim or a passive verb
// names no one. 2025-06-12 is a Thursday.
func TestKillerSubject(t *testing.T) {
	runClaimCases(t, "2025-06-12", []claimCase{
		{
			name: "members from the group",
			text: "Militants from al-Shabaab killed at least 17 people, most of them traders, in an attack on a market near Baidoa on Tuesday, officials said.",
			want: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
		{
			name: "fighters of the group with its head noun",
			text: "Fighters of the Islamic State group abducted 30 villagers in a raid on a settlement in the Tillaberi region on Monday.",
			want: []string{"Islamic State PERPETRATED Attack event asserted"},
		},
		{
			name: "state forces, and the group their victims belong to",
			text: "Malian troops have killed 25 al-Shabaab militants in an offensive near the border, the army said on Wednesday.",
			want: []string{"Mali PERPETRATED Attack event asserted", "Mali ATTACKED al-Shabaab asserted"},
		},
		{
			name: "during the attack",
			text: "Militants from al-Shabaab killed 12 villagers during an attack near Baidoa on Tuesday.",
			want: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
		{
			name: "suspected members",
			text: "Suspected al-Shabaab fighters killed 11 people in a raid on a village near Baidoa on Tuesday.",
			want: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
		{
			name:   "passive verb names no killer",
			text:   "Five Malian soldiers were killed in an attack on a base near Gao on Tuesday, al-Shabaab said.",
			absent: []string{"Mali PERPETRATED Attack event asserted"},
		},
		{
			name:   "the killed are the group's",
			text:   "Three al-Shabaab fighters killed in an airstrike near Baidoa on Tuesday were buried on Wednesday.",
			absent: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
		{
			name:   "kin of members are no members",
			text:   "Police said relatives of al-Shabaab members killed three people in a raid near Baidoa on Tuesday.",
			absent: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
	})
}

// TestBackgroundClauseSubject holds that the striker of the news lends
// neither itself nor its toll to an attack told after "days after".
func TestBackgroundClauseSubject(t *testing.T) {
	const text = "Kenyan jets struck militant camps in Somalia's Gedo region on Tuesday, killing 12 people, days after a suicide bombing killed 20 soldiers in Mandera."
	g := analyse(t, text, "2025-06-12").output()
	names := entityNames(g)
	got := map[string]bool{}
	for _, r := range g.Events {
		e := r.Event
		loc := names[e.LocationID]
		got[loc] = true
		switch loc {
		case "Mandera":
			if e.PerpetratorID != "" {
				t.Errorf("bombing in Mandera: got perpetrator %q, want none", names[e.PerpetratorID])
			}
			if e.Killed == nil || e.Killed.Value != 20 {
				t.Errorf("bombing in Mandera: got killed %v, want 20", e.Killed)
			}
		case "Gedo region", "Gedo":
			if e.Killed == nil || e.Killed.Value != 12 {
				t.Errorf("strike in Gedo: got killed %v, want 12", e.Killed)
			}
		}
	}
	if !got["Mandera"] {
		t.Errorf("got events at %v, want one in Mandera", got)
	}
}
