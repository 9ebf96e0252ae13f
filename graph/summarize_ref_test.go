package graph_test

import (
	"sort"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// The Summarize rules as first written: each a plain loop over the
// statements sorted into order. They are the oracle TestSummarize_Reference
// holds the digest-based Summarize functions to.

func refSummarizeEntity(id string, reports []graph.EntityReport) graph.Entity {
	reports = refByArticle(reports, func(r graph.EntityReport) string { return r.ArticleID })
	out := graph.Entity{ID: id}
	names := make(map[string]int)
	own := make(map[string]int)
	articles := make(map[string]bool)
	var forms []string
	for _, r := range reports {
		e := r.Entity
		articles[r.ArticleID] = true
		names[e.Name]++
		if e.ID == id {
			own[e.Name]++
			if out.Type == "" {
				out.Type = e.Type
			}
		}
		if out.Kind == "" {
			out.Kind = e.Kind
		}
		if out.Code == "" {
			out.Code = e.Code
		}
		forms = append(forms, e.Name)
		forms = append(forms, e.Aliases...)
		for _, m := range r.Mentions {
			forms = append(forms, m.Text)
		}
	}
	if out.Type == "" && len(reports) > 0 {
		out.Type = reports[0].Entity.Type
	}
	if len(own) > 0 {
		out.Name = refMostCommon(own)
	} else {
		out.Name = refLongest(names)
	}
	out.Aliases = refAliases(out.Name, forms)
	out.Articles = len(articles)
	return out
}

func refSummarizeEvent(id string, reports []graph.EventReport) graph.Event {
	out := graph.Event{ID: id}
	if len(reports) == 0 {
		return out
	}
	sorted := append([]graph.EventReport(nil), refByArticle(reports, func(r graph.EventReport) string { return r.ArticleID })...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].Event.Confidence > sorted[j].Event.Confidence
	})
	names := make(map[string]int)
	places := make(map[string]int)
	perps := make(map[string]int)
	parts := make(map[string]bool)
	modalities := make(map[string]int)
	articles := make(map[string]bool)
	var dates []graph.Date
	var killed, injured []*graph.Count
	var confs []float64
	for _, r := range sorted {
		e := r.Event
		if out.Type == "" || e.ID == id {
			out.Type = e.Type
		}
		articles[r.ArticleID] = true
		names[e.Name]++
		refCount(places, e.LocationID)
		refCount(perps, e.PerpetratorID)
		for _, p := range e.ParticipantIDs {
			if p != "" { // an empty id names no participant
				parts[p] = true
			}
		}
		modalities[string(e.Modality)]++
		if !e.Date.IsZero() {
			dates = append(dates, e.Date)
		}
		if e.Killed != nil {
			killed = append(killed, e.Killed)
		}
		if e.Injured != nil {
			injured = append(injured, e.Injured)
		}
		if out.Duration == "" {
			out.Duration = e.Duration
		}
		confs = append(confs, e.Confidence)
	}
	out.Name = refMostCommon(names)
	out.LocationID = refMostCommon(places)
	out.PerpetratorID = refMostCommon(perps)
	out.ParticipantIDs = refSortedKeys(parts)
	out.Date = refConsensusDate(dates)
	out.Killed = refConsensusCount(killed)
	out.Injured = refConsensusCount(injured)
	if modalities[string(graph.Asserted)] > 0 {
		out.Modality = graph.Asserted
	} else {
		out.Modality = graph.Modality(refMostCommon(modalities))
	}
	out.Confidence = graph.CombineConfidence(confs)
	out.Articles = len(articles)
	return out
}

func refSummarizeRelation(r graph.Relation, claims []graph.Claim) graph.Relation {
	claims = refByArticle(claims, func(c graph.Claim) string { return c.ArticleID })
	roles := make(map[string]int)
	articles := make(map[string]bool)
	confs := make([]float64, 0, len(claims))
	for _, c := range claims {
		refCount(roles, c.Relation.Role)
		articles[c.ArticleID] = true
		confs = append(confs, c.Confidence)
	}
	r.Role = refMostCommon(roles)
	r.Confidence = graph.CombineConfidence(confs)
	r.Articles = len(articles)
	return r
}

// refByArticle returns s ordered by article id, keeping the given order within
// an article; s itself when it is already in that order.
func refByArticle[T any](s []T, article func(T) string) []T {
	less := func(a, b T) bool { return article(a) < article(b) }
	if sort.SliceIsSorted(s, func(i, j int) bool { return less(s[i], s[j]) }) {
		return s
	}
	out := append([]T(nil), s...)
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

var refPrecisionRank = map[graph.Precision]int{graph.Day: 0, graph.Week: 1, graph.Month: 2, graph.Year: 3}

func refConsensusDate(dates []graph.Date) graph.Date {
	if len(dates) == 0 {
		return graph.Date{}
	}
	best := refPrecisionRank[dates[0].Precision]
	for _, d := range dates {
		best = min(best, refPrecisionRank[d.Precision])
	}
	votes := make(map[string]int)
	first := make(map[string]graph.Date)
	for _, d := range dates {
		if refPrecisionRank[d.Precision] != best {
			continue
		}
		k := d.Start + "/" + d.End
		votes[k]++
		if _, ok := first[k]; !ok {
			first[k] = d
		}
	}
	return first[refMostCommon(votes)]
}

func refConsensusCount(cs []*graph.Count) *graph.Count {
	if len(cs) == 0 {
		return nil
	}
	votes := make(map[string]int)
	byKey := make(map[string]*graph.Count)
	for _, c := range cs {
		k := c.Text
		if n, ok := c.Number(); ok {
			k = c.Qualifier + " " + strconv.Itoa(n)
		}
		votes[k]++
		if prev, ok := byKey[k]; !ok || c.Min > prev.Min {
			byKey[k] = c
		}
	}
	var best *graph.Count
	bestVotes := 0
	keys := refSortedKeys(refBoolKeys(votes))
	for _, k := range keys {
		c := byKey[k]
		switch {
		case votes[k] > bestVotes,
			votes[k] == bestVotes && c.Min > best.Min,
			votes[k] == bestVotes && c.Min == best.Min && best.Vague && !c.Vague:
			best, bestVotes = c, votes[k]
		}
	}
	cp := *best
	return &cp
}

func refCount(m map[string]int, k string) {
	if k != "" {
		m[k]++
	}
}

// refMostCommon returns the key with the most votes; ties go to the smaller key
// so the answer never depends on map order.
func refMostCommon(m map[string]int) string {
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

func refLongest(m map[string]int) string {
	best := ""
	for k := range m {
		if len(k) > len(best) || (len(k) == len(best) && k < best) {
			best = k
		}
	}
	return best
}

// refAliases returns the distinct forms other than name, compared without
// case, sorted.
func refAliases(name string, forms []string) []string {
	seen := map[string]bool{strings.ToLower(name): true}
	var out []string
	for _, f := range forms {
		f = strings.TrimSpace(f)
		k := strings.ToLower(f)
		if f == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

func refBoolKeys(m map[string]int) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func refSortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
