package extract

import "testing"

func TestAttackArguments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"fire exchanged by two forces",
			"Indian and Chinese troops exchanged heavy fire near Leh on Friday.",
			[]string{"India PERPETRATED Attack event asserted", "China PERPETRATED Attack event asserted",
				"India ATTACKED China asserted", "China ATTACKED India asserted", "Attack event OCCURRED_IN Leh asserted"},
			nil},
		{"clashes between two named groups",
			"Heavy clashes broke out in Aleppo between Hayat Tahrir al-Sham and the Syrian Democratic Forces on Tuesday.",
			[]string{"Hayat Tahrir al-Sham PERPETRATED Attack event asserted", "Syrian Democratic Forces PERPETRATED Attack event asserted"},
			nil},
		{"a host is not a side of the fighting",
			"Peru and Ecuador agreed to a truce at talks hosted by Brazilian President Luiz Inacio Lula da Silva after a week of artillery duels.",
			[]string{"Peru PERPETRATED Attack event asserted", "Ecuador PERPETRATED Attack event asserted"},
			[]string{"Luiz Inacio Lula da Silva PERPETRATED Attack event asserted"}},
		{"fighting named again is not fought by the speaker",
			"Armenia and Azerbaijan clashed on the border. Russian President Vladimir Putin said Moscow would cut gas supplies to France if the fighting continued.",
			nil,
			[]string{"Vladimir Putin PERPETRATED Attack event possible", "France PERPETRATED Attack event possible",
				"Russia PERPETRATED Attack event possible"}},
		{"strikes a state responded with are its own",
			"Pakistan retaliated with air strikes on militant hideouts across the border on Sunday.",
			[]string{"Pakistan PERPETRATED Attack event asserted"},
			nil},
		{"a reply to an attack is not that attack",
			"Pakistan responded to the attack by closing the border crossing on Sunday.",
			nil,
			[]string{"Pakistan PERPETRATED Attack event asserted"}},
		{"a strike a state would carry out is its own",
			"The defence minister warned that Ankara would strike militant camps in Iraq if the shelling went on.",
			[]string{"Turkey PERPETRATED Attack event conditional"},
			nil},
		{"a pledge not to strike names no strike",
			"Kyiv wants a guarantee that Moscow will not strike its power grid during the talks.",
			nil,
			[]string{"Russia PERPETRATED Attack event possible", "Russia PERPETRATED Attack event conditional"}},
		{"a base overrun",
			"Al-Shabaab fighters overran an army base in Baidoa on Saturday.",
			[]string{"al-Shabaab PERPETRATED Attack event asserted", "Attack event OCCURRED_IN Baidoa asserted"},
			nil},
		{"blamed for the attack",
			"A car bomb exploded outside a market in Mosul on Friday. The government blamed Islamic State for the attack.",
			[]string{"Islamic State PERPETRATED Attack event asserted"},
			nil},
		{"a prison riot is a fight, not a protest",
			"At least ten inmates died in a riot at the central prison in Quito on Tuesday.",
			[]string{"Attack event OCCURRED_IN Quito asserted"},
			[]string{"Protest event OCCURRED_IN Quito asserted"}},
		{"a body's own patrols are its target",
			"The OSCE said Latvian soldiers had fired on its patrols three times last month.",
			[]string{"Latvia ATTACKED OSCE asserted"},
			nil},
		{"the state whose ballistic missile struck",
			"A Russian ballistic missile struck a hospital in Sumy on Sunday.",
			[]string{"Russia PERPETRATED Attack event asserted", "Attack event OCCURRED_IN Sumy asserted"},
			nil},
		{"a kind of weapon that names no state",
			"A ballistic missile struck a hospital in Sumy on Sunday.",
			[]string{"Attack event OCCURRED_IN Sumy asserted"},
			[]string{"Russia PERPETRATED Attack event asserted"}},
		{"a patrol under gunfire",
			"Two Ukrainian soldiers were wounded when their boat came under gunfire near Kherson.",
			[]string{"Attack event OCCURRED_IN Kherson asserted"},
			nil},
		{"fire on the protesters is an attack where they marched",
			"Riot police opened fire on demonstrators in Mandalay on Sunday, killing four people, a rights group said.",
			[]string{"Attack event OCCURRED_IN Mandalay asserted"},
			[]string{"Protest event OCCURRED_IN Mandalay asserted"}},
		{"a side owns the strike told before",
			"An air strike hit a car near Idlib on Monday, killing two men. The Turkish military said it had targeted Islamic State fighters.",
			[]string{"Turkish army PERPETRATED Attack event asserted", "Turkish army ATTACKED Islamic State asserted"},
			nil},
		{"targeted aimed at no armed side names no attack",
			"An explosion killed two people in Mombasa on Monday. The Kenyan army said it had targeted recruitment of young officers in coastal towns this year.",
			nil,
			[]string{"Kenyan army PERPETRATED Attack event asserted"}},
		{"the city a missile slammed into, named far along",
			"A Russian cruise missile slammed into a five-storey office block in the northern Ukrainian city of Chernihiv on Friday.",
			[]string{"Russia ATTACKED Chernihiv asserted", "Attack event OCCURRED_IN Chernihiv asserted"},
			nil},
		{"a province named so is no target",
			"Russian drones slammed into a fuel depot in a remote corner of the southern region of Kherson on Friday.",
			nil,
			[]string{"Russia ATTACKED Kherson asserted"}},
		{"fire at a rally leaves the rally an event",
			"Police opened fire at an opposition rally in Mombasa on Sunday.",
			[]string{"Protest event OCCURRED_IN Mombasa asserted"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.not)
		})
	}
}

func TestAttackPlaceAndDayFromAttackers(t *testing.T) {
	tests := []struct {
		name, text, place, day string
	}{
		{"attackers sentence gives both",
			"Gunmen kidnapped at least 20 travellers in northern Nigeria, police said on Wednesday. The attackers stopped the vehicles near Kaduna on Tuesday night and led the passengers away, a police spokesman said in a statement.",
			"location:kaduna", "2025-04-15"},
		{"a place of its own stays",
			"Militants raided a village in Borno on Monday. The attackers burned homes near Maiduguri.",
			"location:borno", "2025-04-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-16").output()
			for _, r := range g.Events {
				e := r.Event
				if string(e.Type) != "Attack" {
					continue
				}
				if e.LocationID != tt.place || e.Date.Day() != tt.day {
					t.Errorf("got place %q day %q, want %q on %s", e.LocationID, e.Date.Day(), tt.place, tt.day)
				}
				for _, s := range g.Events {
					if string(s.Event.Type) == "Statement" && s.Event.Date.Day() == tt.day {
						t.Errorf("got the statement dated %s, want it not to take the attack's day", tt.day)
					}
				}
				return
			}
			t.Fatalf("got no attack in %d events, want one", len(g.Events))
		})
	}
}
