package extract

import "testing"

func TestSidesAskedToSettle(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			"Ghana and Togo clashed over the border on Monday. The AU envoy, Mary Okafor, urged both sides to agree a ceasefire.",
			[]string{"Mary Okafor DEMANDED Ceasefire event asserted", "Ghana AGREED Ceasefire event possible"},
			[]string{"Mary Okafor DEMANDED Ghana possible", "Mary Okafor DEMANDED Togo possible",
				"Mary Okafor DEMANDED Ghana asserted", "Mary Okafor DEMANDED Togo asserted"},
		},
		{
			// Named addressees stay asked of.
			"The AU envoy, Mary Okafor, urged Ghana to agree a ceasefire.",
			[]string{"Mary Okafor DEMANDED Ghana asserted"},
			nil,
		},
		{
			// Asked for no truce or deal: the sides are asked of.
			"Ghana and Togo clashed over the border on Monday. The AU envoy, Mary Okafor, urged both sides to exercise restraint.",
			[]string{"Mary Okafor DEMANDED Ghana asserted", "Mary Okafor DEMANDED Togo asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
