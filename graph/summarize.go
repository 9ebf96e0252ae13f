package graph

import "sort"

// The Summarize functions turn the per-article statements about one node into
// the node the graph shows. Every backend calls them, so an event reads the
// same whichever store holds it. Their inputs carry ids already resolved
// through active merges. Where rules break ties by order ("the first kind
// given"), the order is by article id, then as given, so the result does not
// depend on the order a backend happens to read its statements in.
//
// Each folds every statement into a digest (digest.go) and reads the summary
// off it, which is how stores summarise too: by folding a write's new
// statements into the digest they keep.

// SummarizeEntity builds the entity id from its reports. The name is the one
// the reports made under id itself give most often (the node merged into
// names the result), else the longest; every other name and surface form
// becomes an alias, spelt as first given. Type, kind and code are the first
// given, the type preferably by a report under id itself.
func SummarizeEntity(id string, reports []EntityReport) Entity {
	d := NewEntityDigest(id)
	seen := make(map[string]bool)
	for i, r := range reports {
		d.Add(r, i, !seen[r.ArticleID])
		seen[r.ArticleID] = true
	}
	return d.Entity()
}

// SummarizeEvent builds the event id from its reports: the most precise date
// most sources agree on, the place and perpetrator most often given, every
// participant, the casualty figure most often reported (the higher on a tie),
// asserted if any source asserts it. Where order breaks a tie, the most
// confident report comes first: the type is the last one given under id
// itself (else the first given), the date is phrased and the duration given
// as first reported.
func SummarizeEvent(id string, reports []EventReport) Event {
	d := NewEventDigest(id)
	seen := make(map[string]bool)
	for i, r := range reports {
		d.Add(r, i, !seen[r.ArticleID])
		seen[r.ArticleID] = true
	}
	return d.Event()
}

// SummarizeRelation builds relation r's summary from its claims: the role
// most often given, confidence combined over claims, the number of articles.
func SummarizeRelation(r Relation, claims []Claim) Relation {
	d := NewRelationDigest(r.ID)
	seen := make(map[string]bool)
	for _, c := range claims {
		d.Add(c, !seen[c.ArticleID])
		seen[c.ArticleID] = true
	}
	return d.Relation(r)
}

// CombineConfidence treats each source as independent evidence:
// 1 - Π(1 - c), rounded to three decimals. Two sources at 0.6 give 0.84.
// The result does not depend on the order of cs.
func CombineConfidence(cs []float64) float64 {
	var c confidences
	for _, x := range cs {
		c.add(x)
	}
	return c.combine()
}

func roundConfidence(c float64) float64 {
	return float64(int(c*1000+0.5)) / 1000
}

var precisionRank = map[Precision]int{Day: 0, Week: 1, Month: 2, Year: 3}

// mostCommon returns the key with the most votes; ties go to the smaller key
// so the answer never depends on map order. The empty key never wins.
func mostCommon(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if k == "" {
			continue
		}
		if v > n || (v == n && k < best) {
			best, n = k, v
		}
	}
	return best
}

func longest(m map[string]int) string {
	best := ""
	for k := range m {
		if len(k) > len(best) || (len(k) == len(best) && k < best) {
			best = k
		}
	}
	return best
}

// sortedKeys returns the keys of m in order, nil when it has none.
func sortedKeys(m map[string]int) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
