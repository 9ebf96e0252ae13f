package extract

import "strings"

// participleOpen returns the comma opening a participle aside that the
// comma at k closes (", speaking at the White House,", ", addressing
// reporters in Rome,", ", during a visit to Hanoi,"), or -1. The names
// inside such an aside are settings, never the subject of the verb after
// it: in "Rossi, speaking at the Quirinale, said", Rossi speaks.
func (d *doc) participleOpen(k, lo int) int {
	for j := k - 1; j > lo && j >= k-14; j-- {
		if d.toks[j].text != "," {
			continue
		}
		t := d.tok(j + 1)
		if t.kind != tokWord || t.text != t.lower || !participleOpener(t.lower) {
			return -1
		}
		if _, e := d.actorAt(j - 1); e == nil {
			return -1
		}
		return j
	}
	return -1
}

// participleOpener reports whether w opens a participle aside: a present
// participle or "during". "according" is left out: "X, according to Y,"
// names a source, which attribution reads on its own.
func participleOpener(w string) bool {
	return w == "during" || len(w) > 5 && strings.HasSuffix(w, "ing") && w != "according" && w != "including"
}
