package extract

import "strings"

// formerOffice reports whether the title at r is one its holder has left:
// "former" opens the role itself ("Malawi's former president") or the
// names that qualify it ("former Kenyan President X", "Former Socialist
// Party leader X").
func (d *doc) formerOffice(r *span, role string) bool {
	if strings.Contains(strings.ToLower(role), "former") {
		return true
	}
	for k, n := r.lo-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		t := d.toks[k]
		if formerWords[t.lower] {
			return true
		}
		if t.text == "-" && formerWords[d.tok(k-1).lower] {
			return true // "ex-President"
		}
		if !t.cap || t.lower == "the" {
			return false
		}
	}
	return false
}
