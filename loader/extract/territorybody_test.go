package extract

import (
	"slices"
	"testing"
)

func TestTerritoryBodies(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
		body bool
	}{
		{"a territory's ministry is its own", "Nine people were hurt, the West Bank's health ministry said.", "Organization:West Bank's Health Ministry", true},
		{"a territory as attribute owns the ministry", "According to the West Bank health ministry, nine people were hurt.", "Organization:West Bank's Health Ministry", true},
		{"a state's ministry keeps the state's name", "Nine people were hurt, Peru's health ministry said.", "Organization:Peru's Health Ministry", true},
		{"a territory's rescue service is a body", "The West Bank's civil defence agency said two houses collapsed.", "Organization:West Bank's Civil Defence Agency", true},
		{"a rescue service that speaks is a body", "Two houses collapsed, and the civil defence agency said more were at risk.", "Organization:Civil Defence Agency", true},
		{"the service as a modifier is no body", "Lawmakers cut the civil defence agency budget.", "Organization:Civil Defence Agency", false},
		{"civil defence in general is no body", "The town spent more on civil defence last year.", "Organization:Civil Defence Agency", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entities(analyse(t, tt.text, "2025-01-01"))
			if has := slices.Contains(got, tt.want); has != tt.body {
				t.Errorf("got %q, want %q present=%v", got, tt.want, tt.body)
			}
		})
	}
}

func TestTerritoryMinistryKeptApart(t *testing.T) {
	got := entities(analyse(t, "The West Bank health ministry said nine people were hurt. Israel's health ministry gave no figure. Later the West Bank health ministry raised its count.", "2025-01-01"))
	for _, want := range []string{"Organization:West Bank's Health Ministry", "Organization:Israel's Health Ministry"} {
		if !slices.Contains(got, want) {
			t.Errorf("got %q, want %q among them", got, want)
		}
	}
}
