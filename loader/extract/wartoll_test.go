package extract

import "testing"

func TestWarHoldsItsOwnToll(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"killed in the war named after the verb",
			"More than 9,000 civilians have been killed in the war between the Congolese army and the M23 rebels, the UN said.", 9000},
		{"killed in the war named before",
			"The war between the Congolese army and the M23 rebels erupted in 2022. More than 9,000 civilians have been killed in the war, the UN said.", 9000},
		{"a war fought, that killed",
			"Chile and Peru fought a border war from 1879 to 1883 that killed an estimated 20,000 people.", 20000},
		{"a war fought, then it killed",
			"Chile and Peru fought a border war in the 1880s. It killed about 20,000 people.", 20000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *int
			for _, e := range analyse(t, tt.text, "2026-02-10").output().Events {
				if e.Event.Killed != nil {
					n := e.Event.Killed.Value
					got = &n
				}
			}
			if got == nil || *got != tt.want {
				t.Errorf("got toll %v, want %d", got, tt.want)
			}
		})
	}
}

func TestWarTrigger(t *testing.T) {
	tests := []struct {
		noun string
		want bool
	}{
		{"war", true},
		{"fought a border war", true},
		{"waged war", true},
		{"trade war", false},
		{"war games", false},
		{"talks", false},
	}
	for _, tt := range tests {
		if got := warTrigger(tt.noun); got != tt.want {
			t.Errorf("warTrigger(%q): got %v, want %v", tt.noun, got, tt.want)
		}
	}
}
