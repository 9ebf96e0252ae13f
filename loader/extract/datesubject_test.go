package extract

import "testing"

// TestPastSubjectShares holds a sentence's one day for an attack told as
// the subject of a verb in the past ("as shelling wounded ..."), and keeps
// it off attacks told as earlier, as spoken of or in a relative clause.
// 2025-09-12 is a Friday.
func TestPastSubjectShares(t *testing.T) {
	checkEventDays(t, "2025-09-12", []dayCase{
		{"an attack told as the subject of a past verb",
			"A Sudanese army delegation arrived in Jeddah on Thursday for talks with Saudi mediators, as Rapid Support Forces shelling wounded 14 civilians in Omdurman.",
			"Attack", "", "2025-09-11"},
		{"the same attack told after the day",
			"Rapid Support Forces shelling wounded 14 civilians in Omdurman on Thursday, medics said.",
			"Attack", "", "2025-09-11"},
		{"an attack told as earlier",
			"A Sudanese army delegation arrived in Jeddah on Thursday for talks with Saudi mediators, after Rapid Support Forces shelling wounded 14 civilians in Omdurman.",
			"Attack", "", ""},
		{"an attack in the pluperfect",
			"A Sudanese army delegation arrived in Jeddah on Thursday for talks with Saudi mediators, as Rapid Support Forces shelling had wounded 14 civilians in Omdurman.",
			"Attack", "", ""},
	})
}
