package resolve

import (
	"context"
	"fmt"
	"slices"

	"github.com/geokg/geokg/graph"
)

// candidateLimit bounds how many stored entities one name is compared with;
// a surname shared by more people than this is too ambiguous to merge on.
const candidateLimit = 25

// entity decides whether e, as extracted from one article, is an entity the
// store or the batch already knows under another id.
func (b *batchRun) entity(ctx context.Context, articleID string, e graph.Entity) (graph.Merge, bool, error) {
	cands, err := b.candidates(ctx, e)
	if err != nil {
		return graph.Merge{}, false, err
	}
	if e.Type == graph.Person {
		if m, ok, err := b.person(ctx, articleID, e, cands); ok || err != nil {
			return m, ok, err
		}
	}
	into, ok := uniqueAlias(e, cands)
	if !ok {
		return graph.Merge{}, false, nil
	}
	return b.merge(ctx, articleID, e.ID, into.ID, RuleAlias, e.Name, into.Name)
}

// person applies the name rules, most specific first.
func (b *batchRun) person(ctx context.Context, articleID string, e graph.Entity, cands []graph.Entity) (graph.Merge, bool, error) {
	mine := nameTokens(e.Name)
	if len(mine) == 0 {
		return graph.Merge{}, false, nil
	}
	surname := mine[len(mine)-1]
	var fuller, bare, variants, spellings []graph.Entity
	for _, c := range cands {
		theirs := nameTokens(c.Name)
		switch {
		case len(theirs) == 0:
		case theirs[len(theirs)-1] == surname && len(theirs) > 1 && len(mine) == 1:
			fuller = append(fuller, c)
		case len(theirs) == 1 && theirs[0] == surname && len(mine) > 1:
			bare = append(bare, c)
		case len(mine) > 1 && len(theirs) > 1 && theirs[len(theirs)-1] == surname:
			if sameFirst(mine[0], theirs[0]) && (subsequence(mine, theirs) || subsequence(theirs, mine)) {
				variants = append(variants, c)
			} else {
				fuller = append(fuller, c) // another person with this surname: makes "bare" ambiguous
			}
		case len(mine) > 1 && len(theirs) > 1 && mine[0] == theirs[0] && spellingVariant(surname, theirs[len(theirs)-1]):
			spellings = append(spellings, c)
		}
	}
	switch {
	case len(mine) == 1 && len(fuller) == 1:
		return b.merge(ctx, articleID, e.ID, fuller[0].ID, RuleSurname, e.Name, fuller[0].Name)
	case len(mine) > 1 && len(bare) == 1 && len(fuller) == 0 && len(variants) == 0:
		// The full name is new, the bare surname is not: the fuller form
		// becomes the node, as the knowledge model names people.
		return b.merge(ctx, articleID, bare[0].ID, e.ID, RuleFullName, bare[0].Name, e.Name)
	case len(variants) == 1:
		from, into := e, variants[0]
		if len(nameTokens(from.Name)) > len(nameTokens(into.Name)) {
			from, into = into, from
		}
		return b.merge(ctx, articleID, from.ID, into.ID, RuleVariant, from.Name, into.Name)
	case len(spellings) == 1 && len(variants) == 0:
		return b.merge(ctx, articleID, e.ID, spellings[0].ID, RuleSpelling, e.Name, spellings[0].Name)
	}
	return graph.Merge{}, false, nil
}

// uniqueAlias finds the one candidate that another source called by e's
// name, or that e's article called by the candidate's name.
func uniqueAlias(e graph.Entity, cands []graph.Entity) (graph.Entity, bool) {
	mine := map[string]bool{graph.Slug(e.Name): true}
	for _, a := range e.Aliases {
		mine[graph.Slug(a)] = true
	}
	var hit []graph.Entity
	for _, c := range cands {
		if mine[graph.Slug(c.Name)] {
			hit = append(hit, c)
			continue
		}
		for _, a := range c.Aliases {
			if graph.Slug(a) == graph.Slug(e.Name) {
				hit = append(hit, c)
				break
			}
		}
	}
	if len(hit) != 1 {
		return graph.Entity{}, false
	}
	return hit[0], true
}

// candidates returns the stored and pending entities of e's type that share
// a name word with it, excluding e itself.
func (b *batchRun) candidates(ctx context.Context, e graph.Entity) ([]graph.Entity, error) {
	tokens := nameTokens(e.Name)
	if len(tokens) == 0 {
		return nil, nil
	}
	query := e.Name
	if e.Type == graph.Person {
		query = tokens[len(tokens)-1]
	}
	key := string(e.Type) + "\x00" + query
	stored, ok := b.searches[key]
	if !ok {
		page, err := b.s.SearchEntities(ctx, graph.EntitySearch{
			Query: query, Types: []graph.EntityType{e.Type}, Page: graph.Page{First: candidateLimit},
		})
		if err != nil {
			return nil, fmt.Errorf("search %s %q: %w", e.Type, query, err)
		}
		stored = page.Entities
		b.searches[key] = stored
	}
	seen := map[string]bool{e.ID: true, b.followOne(e.ID): true}
	var out []graph.Entity
	for _, c := range stored {
		if _, merged := b.redirect[c.ID]; merged {
			continue // merged away earlier in this batch; the store does not know yet
		}
		if !seen[c.ID] {
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	for _, c := range b.pending {
		if _, merged := b.redirect[c.ID]; merged {
			continue // merged away by a later article of the batch
		}
		if c.Type == e.Type && !seen[c.ID] && sharesToken(c, tokens) {
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	return out, nil
}

// sharesToken reports whether a word of e's name or aliases is one of tokens.
func sharesToken(e graph.Entity, tokens []string) bool {
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		for _, t := range nameTokens(name) {
			if slices.Contains(tokens, t) {
				return true
			}
		}
	}
	return false
}

// sameFirst accepts a first name or its initial: "V" ~ "vladimir".
func sameFirst(a, b string) bool {
	if a == b {
		return true
	}
	return (len(a) == 1 && len(b) > 1 && b[0] == a[0]) || (len(b) == 1 && len(a) > 1 && a[0] == b[0])
}

// subsequence reports whether every token of short appears in long in order.
func subsequence(short, long []string) bool {
	i := 0
	for _, t := range long {
		if i < len(short) && (short[i] == t || sameFirst(short[i], t)) {
			i++
		}
	}
	return i == len(short)
}

// spellingVariant accepts surnames one edit apart when long enough that one
// letter is a transliteration choice, not another family: "zelensky" ~
// "zelenskyy", "zelenskiy"; never "li" ~ "lu".
func spellingVariant(a, b string) bool {
	if a == b || len(a) < 5 || len(b) < 5 {
		return false
	}
	return editDistance(a, b) == 1 || (trimVowelEnd(a) == trimVowelEnd(b) && len(trimVowelEnd(a)) >= 5)
}

func trimVowelEnd(s string) string {
	for len(s) > 0 && (s[len(s)-1] == 'y' || s[len(s)-1] == 'i') {
		s = s[:len(s)-1]
	}
	return s
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
