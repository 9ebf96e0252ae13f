package extract

import "testing"

// TestTermsForAnyEvent joins a thing named with "any" and held on terms to
// the one just offered, and keeps it apart from one already held.
func TestTermsForAnyEvent(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		typ   string
		count int
		want  []string
	}{
		{"terms for any talks are terms for the talks offered",
			"Paraguayan President Santiago Pena said on Monday he was ready to hold talks with Bolivia.\n" +
				"He said any talks could cover trade and water rights, but would only be possible if La Paz first reopened the border crossings.",
			"Meeting", 1, []string{"Meeting event CONDITIONED_ON Other event asserted"}},
		{"any agreement held on terms is not the agreement signed",
			"Chile signed a trade agreement with Peru on Monday.\n" +
				"Bolivia said it would not sign any agreement with Chile unless Santiago reopened the border crossings.",
			"Agreement", 2, []string{"Agreement event CONDITIONED_ON Other event asserted"}},
		{"any deal with a party of its own is a deal of its own",
			"Uruguay said on Monday it was ready to sign an agreement with Argentina on river dredging.\n" +
				"Brazil said any agreement with Paraguay would depend on Asuncion reopening the border crossings.",
			"Agreement", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			g := d.output()
			n := eventsOfType(g, tt.typ)
			if n != tt.count {
				t.Errorf("got %d %s events, want %d", n, tt.typ, tt.count)
			}
			if missing := hasAll(claimsOf(t, d), tt.want); len(missing) > 0 {
				t.Errorf("got claims %v, want also %q", claimsOf(t, d), missing)
			}
		})
	}
}
