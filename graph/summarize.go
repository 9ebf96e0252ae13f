package graph

import (
	"sort"
	"strconv"
	"strings"
)

// The Summarize functions turn the per-article statements about one node into
// the node the graph shows. Every backend calls them, so an event reads the
// same whichever store holds it. Their inputs carry ids already resolved
// through active merges. Where rules break ties by order ("the first kind
// given"), the order is by article id, then as given, so the result does not
// depend on the order a backend happens to read its statements in.

// SummarizeEntity builds the entity id from its reports. The name is the one
// the reports made under id itself give most often (the node merged into
// names the result), else the longest; every other name and surface form
// becomes an alias.
func SummarizeEntity(id string, reports []EntityReport) Entity {
	reports = byArticle(reports, func(r EntityReport) string { return r.ArticleID })
	out := Entity{ID: id}
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
		out.Name = mostCommon(own)
	} else {
		out.Name = longest(names)
	}
	out.Aliases = aliases(out.Name, forms)
	out.Articles = len(articles)
	return out
}

// SummarizeEvent builds the event id from its reports: the most precise date
// most sources agree on, the place and perpetrator most often given, every
// participant, the casualty figure most often reported (the higher on a tie),
// asserted if any source asserts it.
func SummarizeEvent(id string, reports []EventReport) Event {
	out := Event{ID: id}
	if len(reports) == 0 {
		return out
	}
	sorted := append([]EventReport(nil), byArticle(reports, func(r EventReport) string { return r.ArticleID })...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].Event.Confidence > sorted[j].Event.Confidence
	})
	names := make(map[string]int)
	places := make(map[string]int)
	perps := make(map[string]int)
	parts := make(map[string]bool)
	modalities := make(map[string]int)
	articles := make(map[string]bool)
	var dates []Date
	var killed, injured []*Count
	var confs []float64
	for _, r := range sorted {
		e := r.Event
		if out.Type == "" || e.ID == id {
			out.Type = e.Type
		}
		articles[r.ArticleID] = true
		names[e.Name]++
		count(places, e.LocationID)
		count(perps, e.PerpetratorID)
		for _, p := range e.ParticipantIDs {
			parts[p] = true
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
	out.Name = mostCommon(names)
	out.LocationID = mostCommon(places)
	out.PerpetratorID = mostCommon(perps)
	out.ParticipantIDs = sortedKeys(parts)
	out.Date = consensusDate(dates)
	out.Killed = consensusCount(killed)
	out.Injured = consensusCount(injured)
	if modalities[string(Asserted)] > 0 {
		out.Modality = Asserted
	} else {
		out.Modality = Modality(mostCommon(modalities))
	}
	out.Confidence = CombineConfidence(confs)
	out.Articles = len(articles)
	return out
}

// SummarizeRelation builds relation r's summary from its claims: the role
// most often given, confidence combined over claims, the number of articles.
func SummarizeRelation(r Relation, claims []Claim) Relation {
	claims = byArticle(claims, func(c Claim) string { return c.ArticleID })
	roles := make(map[string]int)
	articles := make(map[string]bool)
	confs := make([]float64, 0, len(claims))
	for _, c := range claims {
		count(roles, c.Relation.Role)
		articles[c.ArticleID] = true
		confs = append(confs, c.Confidence)
	}
	r.Role = mostCommon(roles)
	r.Confidence = CombineConfidence(confs)
	r.Articles = len(articles)
	return r
}

// byArticle returns s ordered by article id, keeping the given order within
// an article; s itself when it is already in that order.
func byArticle[T any](s []T, article func(T) string) []T {
	less := func(a, b T) bool { return article(a) < article(b) }
	if sort.SliceIsSorted(s, func(i, j int) bool { return less(s[i], s[j]) }) {
		return s
	}
	out := append([]T(nil), s...)
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

// CombineConfidence treats each source as independent evidence:
// 1 - Π(1 - c). Two sources at 0.6 give 0.84.
func CombineConfidence(cs []float64) float64 {
	miss := 1.0
	for _, c := range cs {
		miss *= 1 - c
	}
	return roundConfidence(1 - miss)
}

func roundConfidence(c float64) float64 {
	return float64(int(c*1000+0.5)) / 1000
}

var precisionRank = map[Precision]int{Day: 0, Week: 1, Month: 2, Year: 3}

func consensusDate(dates []Date) Date {
	if len(dates) == 0 {
		return Date{}
	}
	best := precisionRank[dates[0].Precision]
	for _, d := range dates {
		best = min(best, precisionRank[d.Precision])
	}
	votes := make(map[string]int)
	first := make(map[string]Date)
	for _, d := range dates {
		if precisionRank[d.Precision] != best {
			continue
		}
		k := d.Start + "/" + d.End
		votes[k]++
		if _, ok := first[k]; !ok {
			first[k] = d
		}
	}
	return first[mostCommon(votes)]
}

func consensusCount(cs []*Count) *Count {
	if len(cs) == 0 {
		return nil
	}
	votes := make(map[string]int)
	byKey := make(map[string]*Count)
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
	var best *Count
	bestVotes := 0
	keys := sortedKeys(boolKeys(votes))
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

func count(m map[string]int, k string) {
	if k != "" {
		m[k]++
	}
}

// mostCommon returns the key with the most votes; ties go to the smaller key
// so the answer never depends on map order.
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

// aliases returns the distinct forms other than name, compared without
// case, sorted.
func aliases(name string, forms []string) []string {
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

func boolKeys(m map[string]int) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
