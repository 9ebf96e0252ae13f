package extract

import "testing"

// TestHeadlineJoinsBody holds a happening named in the title and told in
// the body as one event, unless the title names another side or place.
func TestHeadlineJoinsBody(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		want int
	}{
		{"a title's summit is the body's summit",
			"EU leaders urge Serbia to accept talks as Orban cuts Alpine summit short\n\nLeaders of the European Union on Monday called on Serbia to agree to \"immediate\" talks with Kosovo, at a summit in the Slovenian lakeside town of Bled overshadowed by the early departure of Hungarian Prime Minister Viktor Orban.",
			"Meeting", 2},
		{"a title's strike on a town is the body's strike in its region",
			"Ugandan drones hit Kasese depot in Congo's North Kivu province, army says\n\nUgandan drones struck a fuel depot in Congo's North Kivu province overnight, the army said on Tuesday. Two guards were killed.",
			"Attack", 1},
		{"a title's request is the body's consultations",
			"Kenya downs drones over its border, requests IGAD consultations\n\nKenya on Tuesday formally requested consultations under the bloc's founding treaty, and said the member states' envoys would meet in Djibouti on Friday.",
			"Meeting", 2}, // the body's own meeting in Djibouti stays apart
		{"a title's state acts through the body's chamber",
			"Peru approves tariffs of up to 40% on Chinese steel\n\nLIMA (AFP) - Peru's Congress on Wednesday approved tariffs of up to 40 percent on steel from China and other Asian countries.",
			"Sanction", 1},
		{"a title's state and another state's chamber stay apart",
			"Peru approves tariffs of up to 40% on Chinese steel\n\nLIMA (AFP) - Chile's Congress on Wednesday approved tariffs of up to 40 percent on steel from China and other Asian countries.",
			"Sanction", 2},
		{"a title's strike by another side stays apart",
			"Ethiopian drones hit Kasese depot\n\nUgandan drones struck a fuel depot in Congo's North Kivu province overnight, the army said on Tuesday. Two guards were killed.",
			"Attack", 2},
		{"a lede ending in a quote is no title",
			"MONTEVIDEO (AP) — Ferrer on Wednesday rejected any U.S. strike on Uruguayan soil, a day after an envoy said Washington had \"ruled nothing out at all.\"\n\nGunmen attacked a police post in Salto on Monday, killing three officers.",
			"Attack", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			n := eventsOfType(g, tt.typ)
			if n != tt.want {
				t.Errorf("got %d %s events, want %d", n, tt.typ, tt.want)
			}
		})
	}
}
