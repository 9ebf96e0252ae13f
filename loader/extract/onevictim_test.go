package extract

import "testing"

// TestOneVictim holds the figures read from victims named in the singular.
func TestOneVictim(t *testing.T) {
	type want struct {
		injured bool
		value   int
		text    string
	}
	tests := []struct {
		text string
		want []want
	}{
		{"Gunmen shot dead the mayor of Kisumu, John Otieno, on Saturday.", []want{{false, 1, "the mayor"}}},
		{"The raid on a police post, in which an officer was killed, was never solved.", []want{{false, 1, "an officer"}}},
		{"A Kenyan soldier was wounded by a landmine near Garissa.", []want{{true, 1, "A Kenyan soldier"}}},
		{"A police sergeant died after being struck by a rock in Eldoret.", []want{{false, 1, "A police sergeant"}}},
		{"A 23-year-old activist was hacked to death in Kisumu.", []want{{false, 1, "A 23-year-old activist"}}},
		{"Rebels ambushed the convoy, killing a soldier and two civilians.", []want{{false, 3, "a soldier and two civilians"}}},
		{"Rebels ambushed the convoy, killing a soldier and wounding two.", []want{{false, 1, "a soldier"}, {true, 2, "two"}}},
		{"Protesters condemned the killing of a journalist in Kisumu.", []want{{false, 1, "a journalist"}}},
		{"The blast in Garissa left a policeman dead.", []want{{false, 1, "a policeman"}}},
		{"Shelling hit the market, leaving a trader wounded.", []want{{true, 1, "a trader"}}},
		{"They found a soldier dead.", nil},
		// Figures the rule cannot count give none.
		{"Gunmen stormed the bank, killing the manager and his two guards.", nil},
		{"Gunmen attacked the convoy, killing the governor's driver.", nil},
		{"Gunmen attacked the convoy, killing a guard, two drivers and a cook.", nil},
		{"A soldier killed his commander in Garissa.", nil},
		{"The ruling hurt the president badly.", nil},
		{"A bomb exploded near a soldier and killed nobody.", nil},
		// An aside between the victims and their verb.
		{"Two of the leader's aides — the lawyer John Ouma and Peter Were, a spokesman for the party — were shot dead in Kisumu.", []want{{false, 2, "Two"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			if len(d.counts) != len(tt.want) {
				t.Fatalf("got %d figures %+v, want %d", len(d.counts), d.counts, len(tt.want))
			}
			for i, w := range tt.want {
				c := d.counts[i]
				got := want{c.injured, c.count.Value, c.count.Text}
				if got != w {
					t.Errorf("figure %d: got %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

// TestTollNotOfEvent holds tolls that belong to no event of their
// sentence: a running total, and the cause told in an "after" clause.
func TestTollNotOfEvent(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		typ             string
		killed, injured int // -1 for none
	}{
		{"a running toll since a vote is not the protest's",
			"Thousands of opposition supporters marched in Kisumu on Friday to reject the results.\n\nA rights group said at least 7 people had been shot dead by police since the vote.",
			"Protest", -1, -1},
		{"a running toll since a war began is the war's",
			"Envoys will meet in Nairobi next week.\n\nMore than 20,000 people have been killed since fighting erupted in Sudan in 2023, officials said.",
			"Attack", 20000, -1},
		{"a strike's toll before a trailing since clause stays the strike's",
			"A drone strike on a convoy near Garissa killed four soldiers on Monday, the deadliest attack since the truce was signed.",
			"Attack", 4, -1},
		{"a cause told after the fighting gives the fighting no toll",
			"Fighting erupted on Saturday near Garissa after a Kenyan soldier was wounded.",
			"Attack", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkToll(t, tt.text, tt.typ, tt.killed, tt.injured)
		})
	}
}
