package extract

import "testing"

// TestTitleApposition covers a title set off from its holder's name by a
// comma: the holder meets and belongs to the demonym's state, which is no
// party to the meeting itself.
func TestTitleApposition(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a counterpart named after a comma",
			"Lavrov also met his Egyptian counterpart, Badr Abdelatty, and discussed the war in Sudan.",
			[]string{"Badr Abdelatty MET_WITH Lavrov asserted", "Badr Abdelatty AFFILIATED_WITH Egypt asserted"},
			[]string{"Egypt MET_WITH Lavrov asserted"}},
		{"the head of a body named before the holder",
			"The chairperson of the Arctic Council, Tom Brennan, urged calm on Monday.",
			[]string{"Tom Brennan LEADS Arctic Council asserted"}, nil},
		{"a spokesman of a body named before the holder does not lead it",
			"The spokesman of the Arctic Council, Tom Brennan, urged calm on Monday.",
			[]string{"Tom Brennan AFFILIATED_WITH Arctic Council asserted"}, []string{"Tom Brennan LEADS Arctic Council asserted"}},
		{"a party named by its leader in the possessive",
			"Prime Minister Tom Brennan's Liberty Party won the vote.",
			[]string{"Tom Brennan LEADS Liberty Party asserted"}, []string{"Tom Brennan AFFILIATED_WITH Liberty Party asserted"}},
		{"a group named by a person in the possessive is only joined",
			"Tom Brennan's Wagner group fought in the north.",
			[]string{"Tom Brennan AFFILIATED_WITH Wagner Group asserted"}, []string{"Tom Brennan LEADS Wagner Group asserted"}},
		{"a bloc of a person",
			"The Civic Union bloc of businessman Tom Brennan came second.",
			[]string{"Tom Brennan LEADS Civic Union asserted"}, nil},
		{"a union of a jailed leader",
			"The Civic Union of jailed leader Ana Ruiz boycotted the vote.",
			[]string{"Ana Ruiz LEADS Civic Union asserted"}, nil},
		{"a head of state in a whose clause",
			"Chile, whose president Ana Ruiz stayed home, signed the text.",
			[]string{"Ana Ruiz LEADS Chile asserted"}, nil},
		{"a minister in a whose clause only belongs",
			"Chile, whose foreign minister Ana Ruiz stayed home, signed the text.",
			[]string{"Ana Ruiz AFFILIATED_WITH Chile asserted"}, []string{"Ana Ruiz LEADS Chile asserted"}},
		{"the body's head set after the name",
			"The Sovereign Transitional Council met on Monday. Tom Brennan, the council's chairman, welcomed the deal.",
			[]string{"Tom Brennan LEADS Sovereign Transitional Council asserted"}, nil},
		{"the body's spokesman set after the name",
			"The Sovereign Transitional Council met on Monday. Tom Brennan, the council's spokesman, welcomed the deal.",
			[]string{"Tom Brennan AFFILIATED_WITH Sovereign Transitional Council asserted"}, []string{"Tom Brennan LEADS Sovereign Transitional Council asserted"}},
		{"a rank before the name after the comma",
			"Lavrov also met his Saudi counterpart, Prince Khalid bin Nasser, in Riyadh.",
			[]string{"Khalid bin Nasser MET_WITH Lavrov asserted", "Khalid bin Nasser AFFILIATED_WITH Saudi Arabia asserted"},
			[]string{"Saudi Arabia MET_WITH Lavrov asserted"}},
		{"a minister named after a comma",
			"Lavrov met the Egyptian foreign minister, Badr Abdelatty, on Monday.",
			[]string{"Badr Abdelatty MET_WITH Lavrov asserted", "Badr Abdelatty AFFILIATED_WITH Egypt asserted"}, nil},
		{"a body's spokesman named by its",
			"The Sahel Reform Front rejected the plan. Its spokesman Tom Brennan said talks were over.",
			[]string{"Tom Brennan AFFILIATED_WITH Sahel Reform Front asserted"}, []string{"Tom Brennan LEADS Sahel Reform Front asserted"}},
		{"one spokesman of a body set off by commas",
			"A Hamas spokesman, Tom Brennan, rejected the plan on Monday.",
			[]string{"Tom Brennan AFFILIATED_WITH Hamas asserted"}, nil},
		{"the head of a state's body named before the holder",
			"The leader of Lebanon's Hezbollah, Tom Brennan, urged calm on Monday.",
			[]string{"Tom Brennan LEADS Hezbollah asserted"}, []string{"Tom Brennan LEADS Lebanon asserted"}},
		{"a body's acronym between its name and the title",
			"Arctic Reform Council (ARC) Chairman Tom Brennan urged calm on Monday.",
			[]string{"Tom Brennan LEADS Arctic Reform Council asserted"}, nil},
		{"a name that starts a new clause is no apposition",
			"Lavrov met the Egyptian foreign minister, Abdelatty said.",
			nil, []string{"Abdelatty AFFILIATED_WITH Egypt asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
