package extract

import "testing"

// TestAttackSides holds the ways a report names who struck and what: a
// demonym before the weapon or strike, two sides striking together, a
// strike told in the passive, a side's own forces as subject, and a
// possessive naming whose ground was hit.
func TestAttackSides(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a demonym before the jets that struck",
			"Turkish jets struck militant positions near Duhok in northern Iraq on Sunday, killing nine fighters.",
			[]string{"Turkey PERPETRATED Attack event asserted", "Turkey ATTACKED Duhok asserted"},
			nil},
		{"a demonym before a single airstrike",
			"An Egyptian airstrike on a warehouse in Derna destroyed weapons on Friday, officials said.",
			[]string{"Egypt PERPETRATED Attack event asserted", "Egypt ATTACKED Derna asserted"},
			nil},
		{"jets that only flew struck nothing",
			"Chinese jets flew near the island on Sunday, the ministry said.",
			nil,
			[]string{"China PERPETRATED Attack event asserted"}},
		{"two demonyms own the strikes",
			"Relations soured after British and French strikes on Libya's air defences in 2011.",
			[]string{"United Kingdom PERPETRATED Attack event asserted", "France PERPETRATED Attack event asserted",
				"United Kingdom ATTACKED Libya asserted", "France ATTACKED Libya asserted"},
			[]string{"France ATTACKED United Kingdom asserted", "United Kingdom ATTACKED France asserted"}},
		{"sites bombed by two states",
			"Inspectors toured the Erdenet and Daugavpils plants that were bombed by Namibia and Botswana in 2024.",
			[]string{"Namibia PERPETRATED Attack event asserted", "Botswana PERPETRATED Attack event asserted",
				"Namibia ATTACKED Erdenet asserted", "Botswana ATTACKED Daugavpils asserted"},
			[]string{"Attack event OCCURRED_IN Namibia asserted", "Namibia ATTACKED Botswana asserted"}},
		{"who was abducted is not the abductor",
			"The talks raised the fate of South Korean fishermen abducted by North Korea decades ago.",
			[]string{"North Korea PERPETRATED Attack event asserted"},
			[]string{"South Korea PERPETRATED Attack event asserted", "South Korea ATTACKED North Korea asserted"}},
		{"a ministry's own forces struck",
			`Gabon's Defence Ministry said on Friday that its units had carried out a "precise strike" on firing positions.`,
			[]string{"Gabon's Defence Ministry PERPETRATED Attack event asserted"},
			nil},
		{"an agency's own drones struck",
			"A source in Ukraine's SBU security service said the agency's long-range drones had struck a fuel depot overnight.",
			[]string{"Security Service of Ukraine PERPETRATED Attack event asserted"},
			nil},
		{"a possessive names whose assets were struck",
			"Kyiv stepped up drone strikes on Russia's oil refineries this spring.",
			[]string{"Ukraine PERPETRATED Attack event asserted", "Ukraine ATTACKED Russia asserted"},
			nil},
		{"a possessive region is what was struck",
			"Russia shelled Ukraine's northern Chernihiv region overnight, killing one man.",
			[]string{"Russia PERPETRATED Attack event asserted", "Russia ATTACKED Chernihiv region asserted"},
			nil},
		{"a ministry's own forces and its state took a town",
			"Armenia's Defence Ministry said its forces had captured the village of Tegh on Friday.",
			[]string{"Armenia's Defence Ministry PERPETRATED Attack event asserted", "Armenia PERPETRATED Attack event asserted",
				"Armenia ATTACKED Tegh asserted"},
			nil},
		{"a strike that killed a group's commander attacked the group",
			"A Kenyan drone strike on a compound near Kismayo killed a senior al-Shabaab commander on Friday.",
			[]string{"Kenya ATTACKED al-Shabaab asserted"},
			nil},
		{"members of a group killed",
			"A Nigerian airstrike near Baga killed 20 members of Boko Haram on Sunday.",
			[]string{"Nigeria ATTACKED Boko Haram asserted"},
			nil},
		{"killed civilians are no group",
			"A Nigerian airstrike near Baga killed 20 civilians on Sunday.",
			[]string{"Nigeria PERPETRATED Attack event asserted"},
			[]string{"Nigeria ATTACKED Boko Haram asserted"}},
		{"a launch reported by the struck state's air force",
			"Ukraine's air force said Russia launched 210 drones and 12 missiles overnight.",
			[]string{"Russia PERPETRATED Attack event asserted", "Russia ATTACKED Ukraine asserted"},
			nil},
		{"a launch at the country",
			"Ukraine's air force said Russia had launched 80 drones at the country overnight, downing 60 of them.",
			[]string{"Russia ATTACKED Ukraine asserted"},
			nil},
		{"a district of the city of X",
			"A Kuwaiti missile slammed into a market district of the southern Latvian city of Daugavpils on Friday, killing two people.",
			[]string{"Kuwait ATTACKED Daugavpils asserted"},
			nil},
		{"a source is no aid recipient",
			"Israeli jets struck a depot near Hama, killing five soldiers, according to the Syrian Defence Ministry.",
			[]string{"Israel PERPETRATED Attack event asserted"},
			[]string{"Israel AIDED Syrian Defence Ministry asserted"}},
		{"strikes kept up",
			"Israel has kept up almost nightly strikes in Syria despite the talks.",
			[]string{"Israel PERPETRATED Attack event asserted"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-02-10", tt.want, tt.not)
		})
	}
}
