package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// A guard written for one form of a verb must not drop its other forms now
// that rules test the base: the passive that makes "negotiated" a deal's
// participle says nothing of "has been negotiating".
func TestNegotiateFormsKeepTheirGuard(t *testing.T) {
	runCountCases(t, "2026-03-02", graph.Meeting, []countCase{
		{"progressive passive auxiliary", "Norway has been negotiating with both parties in Oslo since January, diplomats said.", 1},
		{"deal named by its participle", "The accord had been negotiated quietly by Norway.", 0},
		{"negotiating table", "Exporters urged both capitals to come back to the negotiating table soon.", 0},
	})
}

// An expelled United Nations official is expelled as an envoy is, in any
// form of the verb; other people expelled stay no event.
func TestExpelledUNOfficial(t *testing.T) {
	runCountCases(t, "2026-03-02", graph.OtherEvent, []countCase{
		{"headline present", "Niger expels UN aid coordinator after critical report", 1},
		{"past with possessive", "Chad expelled the UN's senior official in the country on Friday.", 1},
		{"no United Nations", "The club expelled its chief coach after the season.", 0},
	})
}
