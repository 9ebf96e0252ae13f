package extract

import "testing"

// TestDatelinePlace holds that a dateline's day is the report's, however
// many words name its place, and that a sentence opening on a few
// capitalised words does not pass for one.
func TestDatelinePlace(t *testing.T) {
	tests := []struct {
		text  string
		bound bool
	}{
		{"KINSHASA, Democratic Republic of Congo, March 4 (Reuters) - Gunmen killed six villagers.", true},
		{"ABU DHABI, United Arab Emirates, March 4 (Reuters) - The ministers met.", true},
		{"SARAJEVO, Bosnia and Herzegovina, March 4 (AP) - Police detained two men.", true},
		{"LIMA, March 4 (Reuters) - Police detained two men.", true},
		{"PORT-AU-PRINCE, Haiti, March 4 (Reuters) - Police detained two men.", true},
		{"TEL AVIV/GAZA, March 4 (Reuters) - Police detained two men.", true},
		{"Brussels, 4 March 2026 – Police detained two men.", true},
		{"The Democratic Republic of Congo and Rwanda, on March 4 - a Tuesday - signed a deal.", false},
		{"Police in the Democratic Republic of Congo, March 4 (a Tuesday), detained two men.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-03-05")
			if len(d.dates) == 0 {
				t.Fatalf("got no date phrase, want March 4")
			}
			if got := d.dates[0].bound; got != tt.bound {
				t.Errorf("got bound=%v, want %v", got, tt.bound)
			}
		})
	}
}
