package graph

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
)

// A digest is what the Summarize rules need to know of one node's
// statements, in a size that grows with how varied the statements are, not
// with how many there are: how often each name, place, role or figure was
// given, how many articles gave one, and, where a rule breaks ties by order,
// where the first statement of each kind stands.
//
// A store keeps a digest beside each node and folds a write's new
// statements into it, so a write costs the same however many articles
// already name the node. A digest has no inverse: when statements are
// removed or moved (an article replaced or deleted, a merge applied or
// undone), the store builds the node's digest again from all its
// statements. The Summarize functions fold every statement into a digest
// too, so a summary read from a digest is a summary by the same rules.
//
// Digests marshal to JSON for the stores to keep. A stored digest written
// by another version of the rules, or for another id, does not parse; the
// store then builds it again from the statements.

// digestVersion changes whenever what a digest keeps, or how a summary
// reads it, changes.
const digestVersion = 1

// errDigest is a stored digest a store cannot use.
var errDigest = errors.New("unusable digest")

// digestHead starts every digest: what it is a digest of.
type digestHead struct {
	Kind string `json:"k"` // "entity", "event" or "relation"
	V    int    `json:"v"`
	ID   string `json:"id"`
}

func newHead(kind, id string) digestHead { return digestHead{Kind: kind, V: digestVersion, ID: id} }

// check refuses a parsed digest of another kind, version or node.
func (h digestHead) check(kind, want string) error {
	switch {
	case h.Kind != kind:
		return fmt.Errorf("%s digest of %s holds a %q digest: %w", kind, want, h.Kind, errDigest)
	case h.V != digestVersion:
		return fmt.Errorf("%s digest of %s has version %d, not %d: %w", kind, want, h.V, digestVersion, errDigest)
	case h.ID != want:
		return fmt.Errorf("%s digest of %s is for %s: %w", kind, want, h.ID, errDigest)
	}
	return nil
}

func parseDigest(kind string, data []byte, w any) error {
	if err := json.Unmarshal(data, w); err != nil {
		return fmt.Errorf("%s digest: %w: %w", kind, errDigest, err)
	}
	return nil
}

// placed is a value with the place of the statement that gave it, for
// rules that keep the first (or last) value in an order.
type placed[K interface{ before(K) bool }, V any] struct {
	At K `json:"at"`
	V  V `json:"v"`
}

// keepFirst keeps in *slot the value whose place comes first.
func keepFirst[K interface{ before(K) bool }, V any](slot **placed[K, V], at K, v V) {
	if *slot == nil || at.before((*slot).At) {
		*slot = &placed[K, V]{At: at, V: v}
	}
}

// keepLast keeps in *slot the value whose place comes last.
func keepLast[K interface{ before(K) bool }, V any](slot **placed[K, V], at K, v V) {
	if *slot == nil || (*slot).At.before(at) {
		*slot = &placed[K, V]{At: at, V: v}
	}
}

func value[K interface{ before(K) bool }, V any](p *placed[K, V]) V {
	if p == nil {
		var zero V
		return zero
	}
	return p.V
}

// tally counts how often each value was given.
type tally map[string]int

func (t *tally) add(k string) {
	if *t == nil {
		*t = make(tally)
	}
	(*t)[k]++
}

// confidences counts how often each confidence was given, so that
// combining them does not depend on the order they came in.
type confidences map[float64]int

func (c *confidences) add(x float64) {
	if *c == nil {
		*c = make(confidences)
	}
	(*c)[x]++
}

// combine treats each source as independent evidence: 1 - Π(1 - c). The
// product runs over the distinct values in ascending order, each raised to
// how often it was given, so any order of the same confidences gives the
// same bits.
func (c confidences) combine() float64 {
	values := make([]float64, 0, len(c))
	for x := range c {
		values = append(values, x)
	}
	slices.Sort(values)
	miss := 1.0
	for _, x := range values {
		miss *= math.Pow(1-x, float64(c[x]))
	}
	return roundConfidence(1 - miss)
}

// confidence counts marshal as [[value, times], …] in ascending order: JSON
// object keys are strings.
func (c confidences) MarshalJSON() ([]byte, error) {
	pairs := make([][2]float64, 0, len(c))
	for x, n := range c {
		pairs = append(pairs, [2]float64{x, float64(n)})
	}
	slices.SortFunc(pairs, func(a, b [2]float64) int { return cmp.Compare(a[0], b[0]) })
	return json.Marshal(pairs)
}

func (c *confidences) UnmarshalJSON(b []byte) error {
	var pairs [][2]float64
	if err := json.Unmarshal(b, &pairs); err != nil {
		return err
	}
	*c = make(confidences, len(pairs))
	for _, p := range pairs {
		(*c)[p[0]] = int(p[1])
	}
	return nil
}

// RelationDigest is what SummarizeRelation needs of a relation's claims.
type RelationDigest struct{ w relationDigest }

type relationDigest struct {
	digestHead
	N           int         `json:"n"` // claims folded in
	Articles    int         `json:"articles"`
	Roles       tally       `json:"roles,omitempty"`
	Confidences confidences `json:"conf"`
}

// NewRelationDigest returns the digest of relation id with no claim in it.
func NewRelationDigest(id string) *RelationDigest {
	return &RelationDigest{w: relationDigest{digestHead: newHead("relation", id)}}
}

// ParseRelationDigest reads a digest MarshalJSON wrote for relation id. It
// fails when the data is not such a digest, or one of another version of
// the rules: the store then builds the digest again from the claims.
func ParseRelationDigest(id string, data []byte) (*RelationDigest, error) {
	var d RelationDigest
	if err := parseDigest("relation", data, &d.w); err != nil {
		return nil, err
	}
	return &d, d.w.check("relation", id)
}

// Add folds in a claim of the relation. newArticle says whether no claim
// of its article has been folded in yet.
func (d *RelationDigest) Add(c Claim, newArticle bool) {
	d.w.N++
	if newArticle {
		d.w.Articles++
	}
	if c.Relation.Role != "" {
		d.w.Roles.add(c.Relation.Role)
	}
	d.w.Confidences.add(c.Confidence)
}

// Len is how many claims the digest holds.
func (d *RelationDigest) Len() int { return d.w.N }

// Relation returns base summarised by the rules of SummarizeRelation: the
// role most often given, confidence combined over claims, the number of
// articles.
func (d *RelationDigest) Relation(base Relation) Relation {
	base.Role = mostCommon(d.w.Roles)
	base.Confidence = d.w.Confidences.combine()
	base.Articles = d.w.Articles
	return base
}

// MarshalJSON writes the digest for a store to keep.
func (d *RelationDigest) MarshalJSON() ([]byte, error) { return json.Marshal(&d.w) }

// Pending is what one write did to the statements of one kind of node, as
// a store needs it to bring their digests up to date: the statements each
// node gained, to fold into its digest, and the nodes that lost statements
// or had some moved in or out by a merge, whose digests must be built again
// from every statement they have. The zero Pending is empty and ready.
//
// A store writes every statement of an article in one write (replacing an
// article removes all it stated first), so a node that is not to be rebuilt
// has no earlier statement from an article the write adds statements from:
// an added statement is its article's first for the node exactly when no
// statement of that article was added to the node before in the write.
type Pending[S any] struct {
	rebuild  map[string]bool
	added    map[string][]Addition[S]
	articles map[string]map[string]bool
}

// Addition is a statement a node gained: where it stands in its article's
// list, and whether it is the first of its article the node has.
type Addition[S any] struct {
	Statement  S
	Pos        int
	NewArticle bool
}

// Add records that node id gained statement s, at place pos of article's
// list.
func (p *Pending[S]) Add(id, article string, pos int, s S) {
	if p.added == nil {
		p.added = make(map[string][]Addition[S])
		p.articles = make(map[string]map[string]bool)
	}
	seen := p.articles[id]
	if seen == nil {
		seen = make(map[string]bool)
		p.articles[id] = seen
	}
	p.added[id] = append(p.added[id], Addition[S]{Statement: s, Pos: pos, NewArticle: !seen[article]})
	seen[article] = true
}

// Changed records that the nodes lost statements, or had some moved.
func (p *Pending[S]) Changed(ids ...string) {
	for _, id := range ids {
		if id == "" {
			continue
		}
		if p.rebuild == nil {
			p.rebuild = make(map[string]bool)
		}
		p.rebuild[id] = true
	}
}

// Rebuild reports whether node id's digest must be built from every
// statement it has.
func (p *Pending[S]) Rebuild(id string) bool { return p.rebuild[id] }

// Additions returns the statements node id gained, in the order they
// were added.
func (p *Pending[S]) Additions(id string) []Addition[S] { return p.added[id] }

// IDs lists every node the write touched, sorted.
func (p *Pending[S]) IDs() []string {
	set := make(map[string]int, len(p.added)+len(p.rebuild))
	for id := range p.added {
		set[id] = 1
	}
	for id := range p.rebuild {
		set[id] = 1
	}
	return sortedKeys(set)
}

// Reset empties p for the next write.
func (p *Pending[S]) Reset() {
	clear(p.rebuild)
	clear(p.added)
	clear(p.articles)
}

// RefreshDigests returns, for each of ids (the nodes p touched), the digest
// to summarise it from. A node p does not say to rebuild starts from its
// stored digest, parsed by parse, or from an empty one (fresh) when it has
// none stored because the write made it, and has its new statements folded
// in by fold: at a cost that does not depend on how many statements it
// already has. The others, and those whose stored digest does not parse
// (written by another version of the rules, or missing), get the digest
// build makes from every statement they have; a node build finds no
// statement of gets an empty digest, so its Len is 0 and the store drops
// the node.
func RefreshDigests[S any, D interface{ Len() int }](p *Pending[S], ids []string, stored map[string][]byte,
	fresh func(id string) D, parse func(id string, data []byte) (D, error), fold func(D, Addition[S]),
	build func(ids []string) (map[string]D, error)) (map[string]D, error) {
	out := make(map[string]D, len(ids))
	var rebuild []string
	for _, id := range ids {
		data, had := stored[id]
		switch {
		case p.Rebuild(id):
			rebuild = append(rebuild, id)
			continue
		case !had:
			out[id] = fresh(id)
		default:
			d, err := parse(id, data)
			if err != nil {
				rebuild = append(rebuild, id)
				continue
			}
			out[id] = d
		}
		for _, a := range p.Additions(id) {
			fold(out[id], a)
		}
	}
	if len(rebuild) == 0 {
		return out, nil
	}
	built, err := build(rebuild)
	if err != nil {
		return nil, err
	}
	for _, id := range rebuild {
		d, ok := built[id]
		if !ok {
			d = fresh(id)
		}
		out[id] = d
	}
	return out, nil
}
