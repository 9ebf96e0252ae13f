package extract

import (
	"strings"
	"testing"
)

// TestDatesFromContext holds the days an event takes from the rest of its
// sentence or from the lede. 2025-04-18 is a Friday.
func TestDatesFromContext(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		noun string // a word the event's name holds, "" for the first of its type
		day  string
	}{
		{"a coordinated verb shares the day",
			"Kenya and Uganda on Tuesday held talks in Kampala and agreed to reopen their border.",
			"Agreement", "", "2025-04-15"},
		{"what a dated verb declared shares the day",
			"In a televised address late Wednesday, Ecuador's president declared a 45-day state of emergency in Quito.",
			"Other", "emergency", "2025-04-16"},
		{"a relative clause tells background",
			"Chad and Niger on Monday held talks in N'Djamena, where rebels attacked a convoy.",
			"Attack", "", ""},
		{"a speech verb keeps the day for the report",
			"The army said on Monday that rebels attacked a convoy near Goma.",
			"Attack", "", ""},
		{"talks that ended on a day",
			"Talks in Geneva between Armenia and Azerbaijan ended on Sunday without agreement.",
			"Meeting", "", "2025-04-13"},
		{"tariffs that took effect on a day",
			"New US tariffs on Brazilian steel took effect on Wednesday, officials said.",
			"Sanction", "", "2025-04-16"},
		{"talks on the sidelines of a dated meeting",
			"Foreign ministers of the bloc met in Nairobi on Monday.\n\nKenya held separate talks with Tanzania on the sidelines.",
			"Meeting", "Tanzania", "2025-04-14"},
		{"days after a dated event",
			"Iran seized a tanker in the Gulf on Friday, two days after Britain sanctioned its oil ministry.",
			"Sanction", "", "2025-04-16"},
		{"a day before an event told next",
			"Rebels shelled the port of Kismayo on Tuesday, a day before Kenyan Defence Minister Amina Wario was due to arrive in Mogadishu for talks with Somali officials.",
			"Meeting", "", "2025-04-16"},
		{"the day before what the sentence reports",
			"Kenyan jets struck rebel camps near Garissa on Thursday. The army said the jets had hit fighters who had attacked a convoy near Wajir the day before.",
			"Attack", "Wajir", "2025-04-16"},
		{"a day earlier than the day told before",
			"Russia launched 200 drones at Ukraine on Tuesday, Ukrainian officials said.\n\nA day earlier, Ukrainian drones struck an oil refinery in Saratov, Russian officials said.",
			"Attack", "Saratov", "2025-04-14"},
		{"days later than the day told before",
			"Rebels seized the town of Kidal on Tuesday.\n\nTwo days later, government jets bombed rebel positions near Gao.",
			"Attack", "Gao", "2025-04-17"},
		{"the following day with no day to count from",
			"Rebels seized the town of Kidal in March.\n\nThe following day, government jets bombed rebel positions near Gao.",
			"Attack", "Gao", ""},
		{"an anniversary to the day",
			"EU ministers on Monday adopted new sanctions on Russia, three years to the day after Moscow invaded Ukraine.",
			"Attack", "", "2022-04-14"},
		{"a strike announced from a weekday starts ahead",
			"Dock workers in Mombasa announced an indefinite strike from Monday over unpaid wages.",
			"Protest", "", "2025-04-21"},
		{"duties from a day are dated by it when nothing else dates them",
			"Iceland drew up a list of Latvian goods that face Icelandic duties of up to 40% from 1 June.",
			"Sanction", "", "2025-06-01"},
		{"a source's day is not the vote's",
			"Prime Minister Lena Varga's party won most seats in Hungary's parliamentary election, according to provisional results released on Thursday.",
			"Election", "", ""},
		{"the lede's day holds paragraphs on",
			"Kenyan President Daniel Mwangi met Tanzanian President Asha Juma in Arusha on Tuesday.\n\nMwangi said trade mattered most.\n\nJuma said the region needed calm.\n\nThe two leaders agreed to reopen a border crossing.",
			"Agreement", "", "2025-04-15"},
		{"another time phrase ends the lede's day",
			"Kenyan President Daniel Mwangi met Tanzanian President Asha Juma in Arusha on Tuesday.\n\nIn March, Mwangi visited Kampala.\n\nThe two leaders agreed to reopen a border crossing.",
			"Agreement", "", ""},
		{"a written statement just after the lede",
			"Canada on Wednesday imposed sanctions on three Haitian gang leaders.\n\nForeign Minister Claire Dubois said in a statement that the gangs threatened the country's stability.",
			"Statement", "", "2025-04-16"},
		{"a time within what a statement says is not its own",
			"Canada on Wednesday imposed sanctions on three Haitian gang leaders.\n\nForeign Minister Claire Dubois said in a televised statement that the gangs had planned to attack the airport on Sunday night.",
			"Statement", "", "2025-04-16"},
		{"a dateline sentence is not the lede's day",
			"OTTAWA, April 18. /CP/.\n\nCanada on Wednesday imposed sanctions on three Haitian gang leaders.\n\nCanada's foreign ministry said in a written statement that the gangs threatened the country's stability.",
			"Statement", "", "2025-04-16"},
		{"a statement after background keeps the lede's day",
			"Canada on Wednesday imposed sanctions on three Haitian gang leaders.\n\nIn January, Ottawa sent police trainers to Port-au-Prince.\n\nForeign Minister Claire Dubois said in a statement that the gangs threatened the country's stability.",
			"Statement", "", "2025-04-16"},
		{"a statement told as earlier keeps none",
			"Canada on Wednesday imposed sanctions on three Haitian gang leaders.\n\nDays before the sanctions, Foreign Minister Claire Dubois said in a statement that the gangs threatened the country's stability.",
			"Statement", "", ""},
		{"a news conference on the lede's day",
			"Ghana and Togo signed a border accord in Accra on Thursday.\n\nThe accord ends years of dispute.\n\n\"This is a new start,\" Ghana's foreign minister Kwame Mensah told a joint news conference.",
			"Statement", "", "2025-04-17"},
		{"a day's poll dates the election told before",
			"Voters in Ruritania went to the polls this week in a presidential election.\n\nPresident Ivo Marek won 64% of the vote in Thursday's poll, the commission said.",
			"Election", "", "2025-04-17"},
		{"a day's poll keeps an election's own day",
			"Voters in Ruritania went to the polls on Sunday in a presidential election.\n\nTurnout was higher than in Thursday's poll in the south, officials said.",
			"Election", "", "2025-04-13"},
		{"a noun set off by a participle clause with its day",
			"Judges in The Hague have issued an arrest warrant for Ruritanian army chief Ivo Marek.\n\nThe warrant, announced on Wednesday, follows a request by prosecutors.",
			"Other", "warrant", "2025-04-16"},
		{"a day after the participle clause is not the noun's",
			"Judges in The Hague have issued an arrest warrant for Ruritanian army chief Ivo Marek.\n\nThe warrant, requested by prosecutors, was discussed by ministers on Wednesday.",
			"Other", "warrant", ""},
		{"talks set off by a participle clause with their place and day",
			"Kenya and Uganda held talks on their shared border.\n\nThe talks, hosted in Arusha on Monday, ended without a deal.",
			"Meeting", "", "2025-04-14"},
		{"a day before a consequence clause is the act's",
			"Gunmen shot dead a local mayor in the town of Kisumu on Monday during a street festival, prompting protests in the town.",
			"Attack", "", "2025-04-14"},
		{"a consequence clause keeps its own day",
			"Gunmen shot dead a local mayor in the town of Kisumu on Monday during a street festival, sparking protests in Kisumu on Tuesday.",
			"Protest", "", "2025-04-15"},
		{"a year in a relative clause dates nothing outside it",
			"President Kwame Mensah, who took office in 2021, accused the union of sabotage in a video released by his office on Wednesday night.",
			"Statement", "", "2025-04-16"},
		{"hours later is the same day",
			"Gunmen stormed a police post in Garissa on Tuesday.\n\nHours later, Kenyan forces said they had carried out an airstrike on the gunmen near Wajir.",
			"Attack", "Wajir", "2025-04-15"},
		{"later in the day is the same day",
			"Gunmen stormed a police post in Garissa on Tuesday.\n\nLater in the day, Kenyan jets bombed the gunmen near Wajir.",
			"Attack", "Wajir", "2025-04-15"},
		{"hours before may be the day before",
			"Leaders of the bloc met in Accra on Tuesday.\n\nHours before the summit opened, gunmen attacked a police post near Wa.",
			"Attack", "", ""},
		{"hours before a named event is its day",
			"Kenya and Uganda held talks in Kampala on Tuesday.\n\nHours before the talks, gunmen attacked a police post near Wa.",
			"Attack", "", "2025-04-15"},
		{"a time of day after the lede is the lede's day",
			"Rebels in Ruritania said on Wednesday they had seized the capital.\n\nExplosions were heard near the airport around midday, residents said.",
			"Attack", "", "2025-04-16"},
		{"a time of day told as earlier keeps no day",
			"Rebels in Ruritania said on Wednesday they had seized the capital.\n\nGunmen had attacked the airport in the morning, residents said.",
			"Attack", "", ""},
		{"a time of day far from the lede keeps no day",
			"Rebels in Ruritania said on Wednesday they had seized the capital.\n\nThe army denied it.\n\nThe rebels gave no figures.\n\nExplosions were heard near the airport around midday, residents said.",
			"Attack", "", ""},
		{"talks the next paragraph tells of the lede's leaders",
			"ACCRA, April 18 (Reuters) - Ghana's President John Mahama and Togo's President Faure Gnassingbe agreed on Wednesday to reopen their border.\n\nThe two leaders held three hours of talks in Lome, officials said.",
			"Meeting", "", "2025-04-16"},
		{"a meeting of the lede's actor in the next paragraph",
			"ACCRA, April 18 (Reuters) - Ghana signed a trade accord with Togo on Wednesday during a visit by Kenyan envoy Amina Wario.\n\nWario met Togo's President Faure Gnassingbe at the presidential palace.",
			"Meeting", "Gnassingbe", "2025-04-16"},
		{"a meeting of others in the next paragraph keeps no day",
			"ACCRA, April 18 (Reuters) - Ghana's President John Mahama and Togo's President Faure Gnassingbe agreed on Wednesday to reopen their border.\n\nNigeria's President Bola Tinubu met Benin's Patrice Talon in Cotonou.",
			"Meeting", "Talon", ""},
		{"a record of meetings is not that day's",
			"ACCRA, April 18 (Reuters) - Ghana's President John Mahama and Togo's President Faure Gnassingbe agreed on Wednesday to reopen their border.\n\nThe two leaders have held talks in Lome.",
			"Meeting", "", ""},
		{"a post is dated by the lede",
			"Ghana and Togo signed a border accord in Accra on Thursday.\n\nThe accord ends years of dispute.\n\n\"This is a new start,\" Ghana's foreign minister Kwame Mensah wrote in a post on X.",
			"Statement", "", "2025-04-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			found := false
			for _, r := range g.Events {
				e := r.Event
				if string(e.Type) != tt.typ || !strings.Contains(e.Name, tt.noun) {
					continue
				}
				found = true
				if e.Date.Day() != tt.day {
					t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
				}
				break
			}
			if !found && tt.day != "" {
				t.Errorf("got no %s event naming %q, want one on %s", tt.typ, tt.noun, tt.day)
			}
		})
	}
}

// TestProtestToll holds the toll of a protest told with clashes the
// sentence does not assert: it stays the march's.
func TestProtestToll(t *testing.T) {
	g := analyse(t, "Thousands of farmers marched through Nairobi on Wednesday demanding lower fuel prices, and clashes with police left one protester dead and at least 12 people injured, officials said.", "2025-04-18").output()
	for _, r := range g.Events {
		if e := r.Event; e.Type == "Protest" {
			if got := countValue(e.Killed); got != 1 {
				t.Errorf("got killed %d, want 1", got)
			}
			if got := countValue(e.Injured); got != 12 {
				t.Errorf("got injured %d, want 12", got)
			}
			return
		}
	}
	t.Error("got no protest, want one")
}

// TestMentionDates holds the day one event word takes, whatever event it
// is later joined to. 2025-04-18 is a Friday.
func TestMentionDates(t *testing.T) {
	tests := []struct {
		name string
		text string
		noun string // the mention's trigger
		nth  int    // which mention of that trigger, from 0
		day  string
	}{
		{"talks on the sidelines of the summit told before",
			"Leaders of five East African states met at a summit in Arusha on Wednesday.\n\nKenyan President William Ruto said the bloc would fund new railways.\n\nUgandan President Yoweri Museveni proposed a common visa.\n\nOn the sidelines of the summit, Ruto held bilateral talks with Rwandan President Paul Kagame.",
			"talks", 0, "2025-04-16"},
		{"talks a speaker spoke after",
			"NAIROBI, April 18 (AFP) -- Kenya and Somalia agreed on Thursday to reopen their border, the AU envoy said after hosting talks in Nairobi.",
			"talks", 0, "2025-04-17"},
		{"talks a speaker spoke after in a sentence of two days",
			"Kenya and Somalia agreed on Thursday to reopen their border on Monday, the AU envoy said after hosting talks in Nairobi.",
			"talks", 0, ""},
		{"an hour of the day between the act and its day",
			"Gunmen killed five guards at a border post, the army said.\n\nThe attackers opened fire on the post near Garissa before dawn on Wednesday, the army said.",
			"opened fire", 0, "2025-04-16"},
		{"a day after \"before\" and an event is that event's",
			"Gunmen opened fire on the post before the talks on Wednesday, the army said.",
			"opened fire", 0, ""},
		{"a deal told reached on a day before the meeting it was reached in",
			"The accord was reached late on Tuesday during a video call, the minister said.",
			"accord", 0, "2025-04-15"},
		{"the summit told again",
			"Leaders of five East African states met at a summit in Arusha on Wednesday.\n\nTanzania's president, who chaired the summit, called for calm.",
			"summit", 1, "2025-04-16"},
		{"the summit told again after another",
			"Leaders of five East African states met at a summit in Arusha on Wednesday.\n\nThey agreed to hold a summit on trade in June.\n\nTanzania's president, who chaired the summit, called for calm.",
			"summit", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-18")
			n := 0
			for _, m := range d.evs {
				if m.noun != tt.noun {
					continue
				}
				if n < tt.nth {
					n++
					continue
				}
				got := ""
				if m.date != nil {
					got = m.date.date.Start
				}
				if got != tt.day {
					t.Errorf("mention %q: got day %q, want %q", m.noun, got, tt.day)
				}
				return
			}
			t.Errorf("got no mention %d of %q, want one", tt.nth, tt.noun)
		})
	}
}

// TestAnniversaryProtest holds a march apart from the protests of another
// year it remembers: the day told is the march's alone.
func TestAnniversaryProtest(t *testing.T) {
	g := analyse(t, "Protesters marched in Nairobi on Monday to mark the anniversary of the 2024 protests against a finance bill.", "2025-04-18").output()
	for _, r := range g.Events {
		if e := r.Event; e.Type == "Protest" && e.Date.Day() == "2025-04-14" && strings.Contains(e.Name, "2024") {
			t.Errorf("got %q on %s, want the 2024 protests apart from Monday's march", e.Name, e.Date.Day())
		}
	}
}
