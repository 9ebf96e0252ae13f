package neo4j

import (
	"context"
	"testing"
	"time"

	"github.com/geokg/geokg/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// countedBackend counts what crosses to a real backend.
type countedBackend struct {
	backend
	transactions, statements int
}

func (c *countedBackend) write(ctx context.Context, work func(ctx context.Context, tx runner) error) error {
	c.transactions++
	return c.backend.write(ctx, func(ctx context.Context, tx runner) error {
		return work(ctx, countedRunner{tx, &c.statements})
	})
}

type countedRunner struct {
	runner
	n *int
}

func (r countedRunner) run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	*r.n++
	return r.runner.run(ctx, name, cypher, params)
}

// BenchmarkLoad loads 1,000 generated articles (8,000 claims) into an empty
// database in PutArticles calls of 100, as geokg load does, and reports
// articles/s and the statements each article costs. It needs a server:
// NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... go test -run '^$' -bench Load ./graph/neo4j/
func BenchmarkLoad(b *testing.B) {
	iso := testIsolation(b)
	graphs := graphtest.Generate(1000)
	const batch = 100
	s := iso.store(b)
	counted := &countedBackend{backend: s.b}
	s.b = counted
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		wipe(b, s)
		counted.transactions, counted.statements = 0, 0
		b.StartTimer()
		start := time.Now()
		for i := 0; i < len(graphs); i += batch {
			if _, err := s.PutArticles(b.Context(), graphs[i:i+batch]); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(start)
	}
	b.ReportMetric(float64(len(graphs)*b.N)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(counted.statements)/float64(len(graphs)), "statements/article")
	b.ReportMetric(float64(counted.transactions), "transactions/load")
}
