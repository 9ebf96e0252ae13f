package extract

// relativeAsides returns the token ranges [from, to] of the ", who ... ,"
// and ", which ... ," asides that close between lo and p: "Ruiz, who has
// vowed to curb the militias, blamed them" or "..., who was barred from
// seeking a third term, congratulated ...". What such an aside says of its
// antecedent does not colour the clause's own verb.
func (d *doc) relativeAsides(lo, p int) [][2]int {
	var out [][2]int
	for k := lo; k < p; k++ {
		if d.toks[k].text != "," {
			continue
		}
		switch d.tok(k + 1).lower {
		case "who", "which", "whose", "whom":
		default:
			continue
		}
		for j := k + 2; j < p; j++ {
			if d.toks[j].text == "," {
				out = append(out, [2]int{k, j})
				k = j - 1
				break
			}
		}
	}
	return out
}

// asideEnd returns the end of the aside among asides holding token k, or
// -1.
func asideEnd(asides [][2]int, k int) int {
	for _, a := range asides {
		if k >= a[0] && k <= a[1] {
			return a[1]
		}
	}
	return -1
}
