package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestForeignNamesake(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
		body bool
	}{
		{"a party of another state is its own", "The Democratic Party of Ghana won most seats.", "Organization:Democratic Party of Ghana", true},
		{"the listed party stays whole", "The Democratic Party of Ghana won most seats.", "Organization:Democratic Party", false},
		{"a labour party abroad", "Leaders of the Labour Party of Malta met on Friday.", "Organization:Labour Party of Malta", true},
		{"the party's own state adds nothing new", "The Labour Party of the United Kingdom lost seats.", "Organization:Labour Party", true},
		{"a place that is no state is not part of the name", "The Democratic Party of Texas met.", "Organization:Democratic Party", true},
		{"the department's full name is known", "The U.S. Treasury Department lifted the penalties.", "Organization:Treasury Department", true},
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

func TestTreasuryFullNameKept(t *testing.T) {
	d := analyse(t, "The U.S. Treasury Department lifted the penalties.", "2025-01-01")
	e := d.entityNamed(graph.Organization, "Treasury Department")
	if e == nil {
		t.Fatalf("got no Treasury Department, want one")
	}
	if !slices.Contains(e.forms, "U.S. Treasury Department") {
		t.Errorf("got forms %q, want %q among them", e.forms, "U.S. Treasury Department")
	}
}
