package neo4j

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Store is a graph.Store on a Neo4j database. It is safe for concurrent
// use: it holds one driver, whose connection pool every call shares.
type Store struct {
	b       backend
	batch   int
	timeout time.Duration
	now     func() time.Time
	log     *slog.Logger
	closed  atomic.Bool
}

var _ graph.Store = (*Store)(nil)

var pingStmt = define("ping", noParams)

// Open connects to the Neo4j server cfg names, checks that it answers, that
// the credentials work and that the database exists, and brings the schema
// up to date (unless cfg.NoMigrate). An unreachable server is
// graph.ErrUnavailable, refused credentials graph.ErrUnauthorized, a
// malformed configuration graph.ErrInvalid. Close releases the driver.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("open neo4j store: %w", err)
	}
	where := redact(cfg.URI)
	auth := neo4j.NoAuth()
	if cfg.User != "" || cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.UserAgent = "geokg"
		c.Log = driverLog{cfg.Logger}
	})
	if err != nil {
		return nil, fmt.Errorf("open neo4j store %s: %w: %w", where, graph.ErrInvalid, err)
	}
	s := newStore(newDriverBackend(d, cfg.Database, cfg.Timeout), cfg)
	fail := func(what string, err error) (*Store, error) {
		s.Close()
		return nil, fmt.Errorf("open neo4j store %s (database %q): %s: %w", where, cfg.Database, what, translate(err))
	}
	cctx, cancel := s.callContext(ctx)
	defer cancel()
	if err := d.VerifyConnectivity(cctx); err != nil {
		return fail("connect", err)
	}
	if _, err := run(cctx, readRunner{s.b}, pingStmt, struct{}{}); err != nil {
		return fail("ping", err)
	}
	if !cfg.NoMigrate {
		if err := s.Migrate(cctx); err != nil {
			s.Close()
			return nil, fmt.Errorf("open neo4j store %s: %w", where, err)
		}
	}
	cfg.Logger.Debug("neo4j store open", "uri", where, "database", cfg.Database)
	return s, nil
}

// newStore wraps a backend; tests give it one that counts what it is asked.
func newStore(b backend, cfg Config) *Store {
	cfg = cfg.withDefaults()
	return &Store{b: b, batch: cfg.BatchSize, timeout: cfg.Timeout, now: cfg.Now, log: cfg.Logger}
}

// Close closes the driver and its connections. Calls after Close fail with
// graph.ErrUnavailable.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.b.close(ctx); err != nil {
		return fmt.Errorf("close neo4j store: %w", translate(err))
	}
	return nil
}

var errClosed = fmt.Errorf("neo4j store is closed: %w", graph.ErrUnavailable)

// callContext bounds a call whose context has no deadline by the store's
// timeout, so that a stalled server cannot hang a caller that forgot one.
func (s *Store) callContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, s.timeout)
}

// write runs fn in one managed write transaction. fn gets a fresh writer on
// each attempt, so nothing a failed attempt learnt leaks into the retry.
func (s *Store) write(ctx context.Context, fn func(ctx context.Context, w *writer) error) error {
	if s.closed.Load() {
		return errClosed
	}
	ctx, cancel := s.callContext(ctx)
	defer cancel()
	started := time.Now()
	var statements int
	err := s.b.write(ctx, func(ctx context.Context, tx runner) error {
		w := newWriter(s, tx)
		err := fn(ctx, w)
		statements = w.statements
		return err
	})
	if err != nil {
		return translate(err)
	}
	s.log.Debug("neo4j write", "statements", statements, "elapsed", time.Since(started))
	return nil
}

// read runs fn with a runner whose every statement is its own read
// transaction. The statements of one call may see different states of the
// database if a write commits between them; each sees every write this
// process committed before the call.
func (s *Store) read(ctx context.Context, fn func(ctx context.Context, r runner) error) error {
	if s.closed.Load() {
		return errClosed
	}
	ctx, cancel := s.callContext(ctx)
	defer cancel()
	return translate(fn(ctx, readRunner{s.b}))
}

// run runs one statement with the parameters its builder makes from a.
func run[A any](ctx context.Context, r runner, st statement[A], a A) ([]map[string]any, error) {
	recs, err := r.run(ctx, st.name, st.cypher, st.params(a))
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(recs))
	for i, rec := range recs {
		out[i] = record(rec)
	}
	return out, nil
}

// runBatch runs a batch statement over rows, size rows at a time, and
// returns the records of every chunk in order.
func runBatch[R any](ctx context.Context, r runner, b batch[R], rows []R, size int) ([]map[string]any, error) {
	var out []map[string]any
	for start := 0; start < len(rows); start += size {
		recs, err := run(ctx, r, b.statement, rows[start:min(start+size, len(rows))])
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
	}
	return out, nil
}
