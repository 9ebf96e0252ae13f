package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSourcedStatement(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Statement, []countCase{
		{"a trailing source is no statement",
			"Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Nairobi on Monday, presidential spokesman Hussein Mohamed said in a statement.",
			0},
		{"a trailing source with its day",
			"Kenya and Uganda agreed to reopen two border crossings, the Kenyan foreign ministry said in a statement on Tuesday.",
			0},
		{"a source of a report of violence is kept",
			"Gunmen stopped a convoy near the border on Monday and took six passengers into the forest, regional police spokesman Musa Bello said in a statement.",
			1},
		{"according to a statement",
			"Prime Minister Mark Carney ordered an inquiry into the fire, according to a statement from his office.",
			0},
		{"a that clause is the statement's content",
			"The Kenyan foreign ministry said in a statement that Nairobi would not accept any foreign troops on its soil.",
			1},
		{"a quote before the source is the statement",
			"\"We will not accept foreign troops on our soil,\" the Kenyan foreign ministry said in a statement.",
			1},
		{"a preliminary statement with its content",
			"Election monitors from the African Union said in a preliminary statement that the count had been orderly.",
			1},
		{"a trailing preliminary statement is only a source",
			"Polling stations closed at six in the evening, the monitoring mission said in a preliminary statement.",
			0},
		{"a quote given in a media statement",
			"\"Our ports will stay open,\" President William Ruto said in his media statement, adding that trade would grow.",
			1},
		{"a trailing press statement is only a source",
			"Kenya and Uganda agreed to reopen two border crossings, the Kenyan foreign ministry said in a press statement.",
			0},
		{"another medium is an act of its own",
			"Kenya will close its border with Somalia for a week, President William Ruto said in a televised address.",
			1},
	})
}

func TestStatementDayIsTheSaying(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // the day dates the saying
	}{
		{"said in a statement on a day",
			"Both teams described the talks as useful, the Japanese trade ministry said in a statement on Thursday.", true},
		{"said in a brief statement on a day",
			"The ministry said in a brief statement on Thursday that the border would reopen.", true},
		{"said on a day", "The ministry said on Thursday that the border would reopen.", true},
		{"a statement issued on a day is the statement's own",
			"The ministry issued a statement on Thursday rejecting the charges.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			if len(d.dates) != 1 {
				t.Fatalf("got %d time phrases, want 1", len(d.dates))
			}
			if got := d.saidDate(&d.dates[0]); got != tt.want {
				t.Errorf("got saidDate %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMetWithResponse(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Meeting, []countCase{
		{"met with force",
			"Defence Minister Andrius Kubilius warned Moscow that any incursion would be met with force.",
			0},
		{"meet a quoted response",
			"Foreign ministry spokesman Lin Jian said any provocation would meet \"a firm and resolute response\".",
			0},
		{"met with a leader is a meeting",
			"Defence Minister Andrius Kubilius met with Latvian President Edgars Rinkevics in Riga on Monday.",
			1},
	})
}
