package eval_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/geokg/geokg/loader/eval"
)

// TestAnnotatorAgreement scores a second, independent annotation of batch
// K (testdata/agreement) against K's gold, as if it were the extractor's
// output. How far two annotators agree bounds what any extractor can be
// expected to reach; docs/quality.md compares the extractor with it. The
// floors sit under the measured agreement so a gold file edited on one
// side only shows here.
func TestAnnotatorAgreement(t *testing.T) {
	second, err := filepath.Glob("testdata/agreement/k-*.json")
	if err != nil || len(second) == 0 {
		t.Fatalf("no second annotation at testdata/agreement: %v", err)
	}
	var r eval.Report
	for _, path := range second {
		g, err := eval.LoadGold(filepath.Join("testdata/blind", filepath.Base(path)))
		if err != nil {
			t.Fatal(err)
		}
		other, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.ScorePrediction(g, other); err != nil {
			t.Fatal(err)
		}
	}
	floors := map[string]float64{"entities": 0.95, "events": 0.80, "event:date.p": 0.80, "relations:coarse": 0.80}
	var out bytes.Buffer
	_ = r.Table(&out)
	if err := r.Check(floors); err != nil {
		t.Errorf("%v\n%s", err, out.String())
	}
	t.Logf("second annotation of K against K's gold:\n%s", out.String())
}
