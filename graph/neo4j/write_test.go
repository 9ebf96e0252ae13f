package neo4j

import (
	"context"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// countingBackend stands where the driver stands and counts the
// transactions and statements the store sends through it. It holds no
// data: every statement returns no records, as on an empty database, so it
// measures how a write is cut into round trips, not what it stores (the
// contract suite, on a real server, checks that).
type countingBackend struct {
	transactions int
	statements   map[string]int
}

func (c *countingBackend) write(ctx context.Context, work func(ctx context.Context, tx runner) error) error {
	c.transactions++
	return work(ctx, c)
}

func (c *countingBackend) run(_ context.Context, name, _ string, params map[string]any) ([]*neo4j.Record, error) {
	if c.statements == nil {
		c.statements = map[string]int{}
	}
	c.statements[name]++
	return nil, nil
}

func (c *countingBackend) read(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return c.run(ctx, name, cypher, params)
}

func (c *countingBackend) schema(context.Context, string, string, map[string]any) error { return nil }
func (c *countingBackend) close(context.Context) error                                  { return nil }

func (c *countingBackend) total() int {
	n := 0
	for _, k := range c.statements {
		n += k
	}
	return n
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// TestLoadIsBatched loads 1,000 articles (8,000 claims) and checks that the
// store sends one transaction per PutArticles call and a number of
// statements bounded by the rows of each kind divided by BatchSize, not by
// the number of claims.
func TestLoadIsBatched(t *testing.T) {
	graphs := graphtest.Generate(1000)
	var mentions, reports, claims int
	entities, events, relations := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, g := range graphs {
		mentions += len(g.Entities)
		reports += len(g.Events)
		claims += len(g.Claims)
		for _, r := range g.Entities {
			entities[r.Entity.ID] = true
		}
		for _, r := range g.Events {
			events[r.Event.ID] = true
		}
		for _, c := range g.Claims {
			relations[c.Relation.ID] = true
		}
	}
	for _, tc := range []struct {
		name      string
		batchSize int
		perCall   int // articles per PutArticles call
	}{
		{"one_call_batch_1000", 1000, 1000},
		{"ten_calls_batch_1000", 1000, 100},
		{"one_call_batch_250", 250, 1000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := &countingBackend{}
			s := newStore(b, Config{BatchSize: tc.batchSize})
			calls := 0
			for start := 0; start < len(graphs); start += tc.perCall {
				if _, err := s.PutArticles(t.Context(), graphs[start:start+tc.perCall]); err != nil {
					t.Fatal(err)
				}
				calls++
			}
			if b.transactions != calls {
				t.Errorf("transactions: got %d, want %d (one per PutArticles call)", b.transactions, calls)
			}
			// Per call: the fingerprint read and one merge look-up, then one
			// statement per BatchSize rows of each kind written, and for
			// each touched node or relation a read of the digest it keeps
			// and a write of its summary, plus the INVOLVES links of events.
			// (The fake database holds no digest, so every node reads as
			// new: none is summarised from all its statements, as a node
			// that lost some would be.)
			B := tc.batchSize
			bound := calls*2 +
				ceilDiv(len(graphs), B) + // articles
				ceilDiv(mentions, B) + ceilDiv(reports, B) + ceilDiv(claims, B) +
				2*ceilDiv(len(entities), B) + 3*ceilDiv(len(events), B) + 2*ceilDiv(len(relations), B) +
				2*calls // rounding per call
			if tc.perCall < len(graphs) {
				// Each call touches its own share of rows, and rounds up.
				bound += calls * 10
			}
			if got := b.total(); got > bound {
				t.Errorf("statements: got %d, want at most %d for %d claims (by name: %v)", got, bound, claims, b.statements)
			}
			if got := b.statements["claim_put"]; got != ceilDiv(claims, B) && tc.perCall == len(graphs) {
				t.Errorf("claim_put statements: got %d, want %d (%d claims in batches of %d)", got, ceilDiv(claims, B), claims, B)
			}
			t.Logf("%d articles, %d claims: %d transactions, %d statements (bound %d)",
				len(graphs), claims, b.transactions, b.total(), bound)
		})
	}
}

// TestOtherWritesAreOneTransaction checks the other writes the same way.
func TestOtherWritesAreOneTransaction(t *testing.T) {
	b := &countingBackend{}
	s := newStore(b, Config{})
	c := graphtest.NewCorpus()
	ctx := t.Context()
	// The fake database is empty, so these find nothing to change; what is
	// counted is that each is one transaction.
	_ = s.DeleteArticle(ctx, c.TollArticle)
	m := graph.Merge{ID: graph.MergeID(c.TobiasRenn, c.MiraCastell), FromID: c.TobiasRenn, IntoID: c.MiraCastell}
	if err := s.ApplyMerge(ctx, m); err != nil {
		t.Fatal(err)
	}
	_ = s.UndoMerge(ctx, m.ID)
	if b.transactions != 3 {
		t.Errorf("transactions: got %d, want 3", b.transactions)
	}
}
